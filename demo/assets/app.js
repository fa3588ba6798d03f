/*
 * Centre de santé des Tilleuls — « Mon espace patient » (application d'une seule page, démo).
 * Petit routeur en JavaScript natif : history.pushState + popstate, paramètre ?vue=…
 * Chaque changement de vue remplace le contenu de <main>, met à jour document.title
 * et l'onglet courant (aria-current), puis déplace le focus sur le nouveau titre.
 * Les résultats arrivent après 500 ms ; « Charger plus » ajoute des messages à la liste.
 */
(function () {
  'use strict';

  const main = document.querySelector('[data-app-view]');
  const tabs = Array.from(document.querySelectorAll('[data-route]'));
  if (!main || !tabs.length) return;

  const SITE = 'Mon espace patient – Centre de santé des Tilleuls';
  const RESULTS_DELAY_MS = 500;

  const routes = {
    'rendez-vous': { title: 'Mes rendez-vous', template: 'tpl-rendez-vous' },
    resultats: { title: 'Mes résultats', template: 'tpl-resultats', after: loadResults },
    messages: { title: 'Mes messages', template: 'tpl-messages', after: initMessages },
  };
  const DEFAULT_ROUTE = 'rendez-vous';

  /** Messages fictifs, du plus récent au plus ancien. */
  const MESSAGES = [
    {
      subject: 'Vos résultats d’analyses sont disponibles',
      from: 'Dr Camille Moreau',
      date: '13 septembre',
      text: 'Bonjour, vos résultats du 12 septembre sont bons : votre hémoglobine glyquée est à 6,8 %. Nous en reparlerons lors de votre rendez-vous du 16 octobre.',
      unread: true,
    },
    {
      subject: 'Campagne de vaccination contre la grippe',
      from: 'Secrétariat du centre',
      date: '2 octobre',
      text: 'La vaccination contre la grippe commence le 15 octobre. Vous pouvez venir avec ou sans rendez-vous le mercredi après-midi et le samedi matin.',
      unread: true,
    },
    {
      subject: 'Atelier « Diabète, mode d’emploi »',
      from: 'Léa Fontaine, infirmière',
      date: '20 septembre',
      text: 'Le prochain atelier collectif a lieu le jeudi 9 octobre de 14 h à 16 h, salle du rez-de-chaussée. Un proche peut vous accompagner.',
      unread: false,
    },
    {
      subject: 'Renouvellement de votre ordonnance',
      from: 'Dr Camille Moreau',
      date: '5 septembre',
      text: 'Votre ordonnance de metformine a été renouvelée pour trois mois. Elle est disponible dans vos documents et dans Mon Espace Santé.',
      unread: false,
    },
    {
      subject: 'Rappel : mise à jour de votre carte Vitale',
      from: 'Secrétariat du centre',
      date: '28 août',
      text: 'Pensez à mettre à jour votre carte Vitale en pharmacie après la reconnaissance de votre affection de longue durée.',
      unread: false,
    },
    {
      subject: 'Votre protocole de soins a été accepté',
      from: 'Dr Camille Moreau',
      date: '21 août',
      text: 'Le médecin-conseil de l’Assurance Maladie a accepté votre protocole de soins : vos soins liés au diabète sont pris en charge à 100 %.',
      unread: false,
    },
    {
      subject: 'Confirmation de rendez-vous',
      from: 'Secrétariat du centre',
      date: '2 août',
      text: 'Votre rendez-vous de rétinographie est confirmé. Pensez à venir accompagné si l’on vous dilate les pupilles.',
      unread: false,
    },
    {
      subject: 'Bienvenue dans votre espace patient',
      from: 'Secrétariat du centre',
      date: '15 juillet',
      text: 'Vous pouvez désormais consulter vos rendez-vous, vos résultats et vos messages en ligne, en toute sécurité.',
      unread: false,
    },
    {
      subject: 'Déclaration de médecin traitant',
      from: 'Dr Camille Moreau',
      date: '3 juillet',
      text: 'Je suis désormais votre médecin traitant. La déclaration a été transmise à l’Assurance Maladie.',
      unread: false,
    },
  ];
  const PAGE_SIZE = 3;

  let renderToken = 0;

  function routeFromLocation() {
    const name = new URLSearchParams(window.location.search).get('vue');
    return name && Object.prototype.hasOwnProperty.call(routes, name) ? name : DEFAULT_ROUTE;
  }

  function render(name, moveFocus) {
    const route = routes[name];
    const template = document.getElementById(route.template);
    renderToken += 1;
    main.replaceChildren(template.content.cloneNode(true));
    document.title = route.title + ' – ' + SITE;
    tabs.forEach((tab) => {
      if (tab.dataset.route === name) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    });
    if (route.after) route.after(renderToken);
    if (moveFocus) {
      const heading = main.querySelector('h1');
      if (heading) heading.focus();
    }
  }

  function loadResults(token) {
    window.setTimeout(() => {
      // La vue a changé entre-temps : on abandonne.
      if (token !== renderToken) return;
      const slot = main.querySelector('[data-results-slot]');
      if (!slot) return;
      const list = document.getElementById('tpl-resultats-liste');
      slot.replaceChildren(list.content.cloneNode(true));
      slot.removeAttribute('aria-busy');
      const status = main.querySelector('[data-results-status]');
      const count = slot.querySelectorAll('.item-list > li').length;
      if (status) status.textContent = count + ' résultats chargés.';
    }, RESULTS_DELAY_MS);
  }

  function messageItem(message) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    heading.tabIndex = -1;
    heading.textContent = message.subject + ' ';
    if (message.unread) {
      const badge = document.createElement('span');
      badge.className = 'badge badge--new';
      badge.textContent = 'Non lu';
      heading.append(badge);
    }
    const text = document.createElement('p');
    text.textContent = message.text;
    const meta = document.createElement('p');
    meta.className = 'item-meta';
    meta.textContent = 'De : ' + message.from + ' · Reçu le ' + message.date;
    item.append(heading, text, meta);
    return item;
  }

  function initMessages() {
    const list = main.querySelector('[data-messages-list]');
    const button = main.querySelector('[data-load-more]');
    const status = main.querySelector('[data-messages-status]');
    let shown = 0;

    function showMore(announce) {
      const next = MESSAGES.slice(shown, shown + PAGE_SIZE);
      const items = next.map(messageItem);
      list.append(...items);
      shown += next.length;
      if (announce) {
        status.textContent =
          next.length + ' messages plus anciens affichés, ' + shown + ' sur ' + MESSAGES.length + '.';
      }
      if (shown >= MESSAGES.length) {
        button.parentElement.remove();
        status.textContent = 'Tous vos messages sont affichés (' + MESSAGES.length + ').';
        // Le bouton disparaît : le focus va sur le premier message ajouté.
        if (announce && items[0]) items[0].querySelector('h2').focus();
      }
    }

    button.addEventListener('click', () => showMore(true));
    showMore(false);
  }

  tabs.forEach((tab) => {
    tab.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const name = tab.dataset.route;
      if (name === routeFromLocation() && window.location.search) {
        main.querySelector('h1')?.focus();
        return;
      }
      window.history.pushState({ vue: name }, '', tab.getAttribute('href'));
      render(name, true);
    });
  });

  window.addEventListener('popstate', () => render(routeFromLocation(), true));

  // Premier affichage : la vue demandée dans l'adresse, sans déplacer le focus.
  render(routeFromLocation(), false);
})();
