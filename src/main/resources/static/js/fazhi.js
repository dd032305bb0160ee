// Fazhi console helpers. No inline scripts anywhere (CSP script-src 'self').
(function () {
  'use strict';
  // htmx: send the CSRF token with every state-changing request.
  document.addEventListener('htmx:configRequest', function (evt) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      evt.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });
  // Buttons with data-confirm ask before submitting their form.
  document.addEventListener('click', function (evt) {
    var el = evt.target.closest('[data-confirm]');
    if (el && !window.confirm(el.getAttribute('data-confirm'))) {
      evt.preventDefault();
    }
  });
})();
