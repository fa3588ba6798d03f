/*
 * Centre de santé des Tilleuls — formulaire de demande de rendez-vous (démo).
 * Validation côté client accessible : récapitulatif des erreurs qui reçoit le focus,
 * message d'erreur relié à chaque champ (aria-describedby + aria-invalid).
 * Aucune donnée n'est envoyée : la confirmation est affichée sur la page.
 */
(function () {
  'use strict';

  const form = document.querySelector('[data-booking-form]');
  const messages = document.querySelector('[data-booking-messages]');
  if (!form || !messages) return;

  const DAY_MS = 24 * 60 * 60 * 1000;

  function todayIso() {
    const now = new Date();
    const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
    return local.toISOString().slice(0, 10);
  }

  function parseIsoDate(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    const parts = value.split('-').map(Number);
    const date = new Date(parts[0], parts[1] - 1, parts[2]);
    if (date.getMonth() !== parts[1] - 1) return null;
    return date;
  }

  function formatDate(value) {
    const date = parseIsoDate(value);
    if (!date) return value;
    return date.toLocaleDateString('fr-FR', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  }

  /** Vérifie la clé d'un numéro de sécurité sociale (NIR) : 97 - (13 premiers chiffres modulo 97). */
  function isValidNir(raw) {
    const value = raw.replace(/[\s.-]/g, '').toUpperCase();
    if (!/^[12]\d{4}(\d{2}|2A|2B)\d{6}\d{2}$/.test(value)) return false;
    const body = value.slice(0, 13).replace('2A', '19').replace('2B', '18');
    const key = Number(value.slice(13));
    // Le calcul se fait par morceaux pour rester dans la précision des nombres JavaScript.
    let remainder = 0;
    for (const digit of body) {
      remainder = (remainder * 10 + Number(digit)) % 97;
    }
    return 97 - remainder === key;
  }

  const dateField = form.elements.namedItem('date-souhaitee');
  dateField.min = todayIso();
  form.elements.namedItem('naissance').max = todayIso();

  /** Chaque règle renvoie un message d'erreur, ou une chaîne vide si le champ est valide. */
  const rules = [
    {
      id: 'nom',
      check: (v) => (v.trim() ? '' : 'Saisissez votre nom'),
    },
    {
      id: 'prenom',
      check: (v) => (v.trim() ? '' : 'Saisissez votre prénom'),
    },
    {
      id: 'naissance',
      check: (v) => {
        if (!v) return 'Saisissez votre date de naissance';
        const date = parseIsoDate(v);
        if (!date) return 'La date de naissance doit être une date réelle, par exemple 14/07/1985';
        if (date.getTime() > Date.now()) return 'La date de naissance doit être dans le passé';
        if (date.getFullYear() < 1900) return 'Vérifiez l’année de naissance';
        return '';
      },
    },
    {
      id: 'telephone',
      check: (v) => {
        const digits = v.replace(/[\s.-]/g, '');
        if (!digits) return 'Saisissez votre numéro de téléphone';
        if (!/^(0\d{9}|\+33\d{9})$/.test(digits)) {
          return 'Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 99 00 12 34';
        }
        return '';
      },
    },
    {
      id: 'email',
      check: (v) => {
        if (!v.trim()) return 'Saisissez votre adresse électronique';
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())) {
          return 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr';
        }
        return '';
      },
    },
    {
      id: 'nir',
      check: (v) => {
        if (!v.trim()) return '';
        const digits = v.replace(/[\s.-]/g, '');
        if (digits.length !== 15) return 'Le numéro de sécurité sociale doit comporter 15 caractères, clé comprise';
        if (!isValidNir(v)) return 'Le numéro de sécurité sociale semble incorrect : vérifiez-le sur votre carte Vitale';
        return '';
      },
    },
    {
      id: 'praticien',
      check: (v) => (v ? '' : 'Choisissez un professionnel de santé'),
    },
    {
      id: 'motif',
      focusId: 'motif-consultation',
      describe: 'motif-fieldset',
      value: () => {
        const checked = form.querySelector('input[name="motif"]:checked');
        return checked ? checked.value : '';
      },
      check: (v) => (v ? '' : 'Choisissez le motif du rendez-vous'),
    },
    {
      id: 'date-souhaitee',
      check: (v) => {
        if (!v) return 'Choisissez la date souhaitée pour le rendez-vous';
        const date = parseIsoDate(v);
        if (!date) return 'La date souhaitée doit être une date réelle';
        const today = parseIsoDate(todayIso());
        if (date.getTime() < today.getTime()) return 'La date souhaitée doit être aujourd’hui ou plus tard';
        if (date.getTime() - today.getTime() > 180 * DAY_MS) {
          return 'Les rendez-vous sont ouverts sur les six prochains mois : choisissez une date plus proche';
        }
        if (date.getDay() === 0) return 'Le centre est fermé le dimanche : choisissez un autre jour';
        return '';
      },
    },
    {
      id: 'consentement',
      value: () => (form.elements.namedItem('consentement').checked ? 'oui' : ''),
      check: (v) => (v ? '' : 'Cochez la case pour accepter l’utilisation de vos informations'),
    },
  ];

  function fieldValue(rule) {
    if (rule.value) return rule.value();
    return form.elements.namedItem(rule.id).value;
  }

  function setError(rule, message) {
    const errorEl = document.getElementById(rule.id + '-error');
    const target = document.getElementById(rule.describe || rule.id);
    const container = target.closest('.field');
    const hintId = rule.id + '-hint';
    const hasHint = Boolean(document.getElementById(hintId));
    const describedBy = [];
    if (hasHint) describedBy.push(hintId);

    errorEl.textContent = '';
    if (message) {
      const prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = 'Erreur : ';
      errorEl.append(prefix, message);
      errorEl.hidden = false;
      describedBy.push(errorEl.id);
      if (container) container.classList.add('field--error');
    } else {
      errorEl.hidden = true;
      if (container) container.classList.remove('field--error');
    }

    if (rule.describe) {
      // Groupe de boutons radio : la description est portée par le fieldset.
      form.querySelectorAll('input[name="' + rule.id + '"]').forEach((input) => {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      });
    } else if (message) {
      target.setAttribute('aria-invalid', 'true');
    } else {
      target.removeAttribute('aria-invalid');
    }

    if (describedBy.length) target.setAttribute('aria-describedby', describedBy.join(' '));
    else target.removeAttribute('aria-describedby');
  }

  function clearMessages() {
    messages.replaceChildren();
  }

  function showSummary(errors) {
    const box = document.createElement('div');
    box.className = 'error-summary';
    box.tabIndex = -1;
    box.setAttribute('aria-labelledby', 'error-summary-title');

    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');

    const title = document.createElement('h2');
    title.id = 'error-summary-title';
    title.textContent =
      errors.length === 1
        ? 'Le formulaire contient une erreur'
        : 'Le formulaire contient ' + errors.length + ' erreurs';

    const list = document.createElement('ul');
    errors.forEach((error) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const targetId = error.rule.focusId || error.rule.id;
      link.href = '#' + targetId;
      link.textContent = error.message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const field = document.getElementById(targetId);
        field.focus();
        (document.getElementById(error.rule.describe || error.rule.id).closest('.field') || field).scrollIntoView({
          block: 'center',
        });
      });
      item.append(link);
      list.append(item);
    });

    alert.append(title, list);
    box.append(alert);
    clearMessages();
    messages.append(box);
    box.focus();
  }

  function showConfirmation() {
    const data = new FormData(form);
    const select = form.elements.namedItem('praticien');
    const practitioner = select.options[select.selectedIndex].text;
    const motif = form.querySelector('input[name="motif"]:checked');
    const reference = 'RDV-' + String(Math.floor(100000 + Math.random() * 900000));

    const box = document.createElement('section');
    box.className = 'confirmation';
    box.setAttribute('aria-labelledby', 'confirmation-title');

    const title = document.createElement('h2');
    title.id = 'confirmation-title';
    title.tabIndex = -1;
    title.textContent = 'Votre demande de rendez-vous a bien été enregistrée';

    const intro = document.createElement('p');
    intro.textContent =
      'Merci ' +
      String(data.get('prenom')).trim() +
      '. Le secrétariat vous appellera au ' +
      String(data.get('telephone')).trim() +
      ' sous 48 heures ouvrées pour fixer l’heure exacte.';

    const details = document.createElement('dl');
    details.className = 'glossary';
    [
      ['Professionnel', practitioner],
      ['Motif', motif ? form.querySelector('label[for="' + motif.id + '"]').textContent : ''],
      ['Date souhaitée', formatDate(String(data.get('date-souhaitee')))],
      ['Référence de la demande', reference],
    ].forEach(([term, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      details.append(dt, dd);
    });

    const note = document.createElement('p');
    note.textContent =
      'Site de démonstration : aucune information n’a été envoyée ni enregistrée.';

    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'button button--ghost';
    again.textContent = 'Faire une autre demande';
    again.addEventListener('click', () => {
      form.reset();
      clearMessages();
      form.hidden = false;
      form.elements.namedItem('nom').focus();
    });

    box.append(title, intro, details, note, again);
    clearMessages();
    messages.append(box);
    form.hidden = true;
    title.focus();
  }

  let submitted = false;

  function validate(rule) {
    const message = rule.check(fieldValue(rule));
    setError(rule, message);
    return message;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;
    const errors = [];
    rules.forEach((rule) => {
      const message = validate(rule);
      if (message) errors.push({ rule, message });
    });
    if (errors.length) showSummary(errors);
    else showConfirmation();
  });

  // Après une première tentative, l'erreur d'un champ disparaît dès qu'il est corrigé.
  form.addEventListener('change', (event) => {
    if (!submitted) return;
    const name = event.target.name;
    const rule = rules.find((r) => r.id === name);
    if (rule && !rule.check(fieldValue(rule))) setError(rule, '');
  });
})();
