/*
 * Centre de santé des Tilleuls — scripts communs du site de démonstration.
 * - bandeau « cookies » : se ferme au clic, ne stocke rien (il revient à chaque visite) ;
 * - carrousel d'actualités : une actualité à la fois, boutons précédent / suivant ;
 * - pastille « Ouvert aujourd'hui » calculée selon le jour.
 */
(function () {
  'use strict';

  function initCookieBanner() {
    const banner = document.querySelector('[data-cookie-banner]');
    if (!banner) return;
    const buttons = banner.querySelectorAll('[data-cookie-dismiss]');
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        banner.hidden = true;
        const main = document.getElementById('contenu');
        if (main) main.focus({ preventScroll: true });
      });
    });
  }

  function initCarousel(root) {
    const slides = Array.prototype.slice.call(root.querySelectorAll('.news-slide'));
    const status = root.querySelector('[data-carousel-status]');
    const prev = root.querySelector('[data-carousel-prev]');
    const next = root.querySelector('[data-carousel-next]');
    if (slides.length < 2 || !prev || !next || !status) return;

    let current = 0;
    root.classList.add('is-enhanced');

    function show(index) {
      current = (index + slides.length) % slides.length;
      slides.forEach(function (slide, i) {
        slide.hidden = i !== current;
      });
      status.textContent = 'Actualité ' + (current + 1) + ' sur ' + slides.length;
    }

    prev.addEventListener('click', function () {
      show(current - 1);
    });
    next.addEventListener('click', function () {
      show(current + 1);
    });
    show(0);
  }

  function initOpeningStatus() {
    const badge = document.querySelector('.status-open');
    if (!badge) return;
    const day = new Date().getDay(); // 0 = dimanche
    if (day === 0) {
      badge.textContent = 'Fermé aujourd’hui : appelez le 116 117 pour un médecin de garde';
      badge.classList.add('is-closed');
    } else if (day === 6) {
      badge.textContent = 'Ouvert aujourd’hui jusqu’à 12 h 30';
    } else if (day === 5) {
      badge.textContent = 'Ouvert aujourd’hui jusqu’à 19 h';
    }
  }

  function init() {
    initCookieBanner();
    document.querySelectorAll('[data-carousel]').forEach(initCarousel);
    initOpeningStatus();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
