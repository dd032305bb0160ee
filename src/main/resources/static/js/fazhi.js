// Fazhi page helpers. No inline scripts anywhere (CSP script-src 'self'); every page works without them.
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

  // Irreversible steps: a button (or a form) with data-confirm="text" asks first, in a Bootstrap dialog
  // (layout :: confirmDialog) or, without it, with the browser's confirm().
  var confirmed = null;
  function ask(text, proceed) {
    var dialog = document.getElementById('fz-confirm');
    if (!dialog || !window.bootstrap || !window.bootstrap.Modal) {
      if (window.confirm(text)) {
        proceed();
      }
      return;
    }
    document.getElementById('fz-confirm-text').textContent = text;
    var modal = window.bootstrap.Modal.getOrCreateInstance(dialog);
    var ok = document.getElementById('fz-confirm-ok');
    var onOk = function () {
      ok.removeEventListener('click', onOk);
      modal.hide();
      proceed();
    };
    dialog.addEventListener('hidden.bs.modal', function () {
      ok.removeEventListener('click', onOk);
    }, { once: true });
    ok.addEventListener('click', onOk);
    modal.show();
  }
  function submitAgain(form, submitter) {
    confirmed = form;
    if (form.requestSubmit) {
      form.requestSubmit(submitter || undefined);
    } else {
      form.submit();
    }
  }
  document.addEventListener('submit', function (evt) {
    var form = evt.target;
    if (confirmed === form) {
      confirmed = null;
      return;
    }
    var submitter = evt.submitter || null;
    var source = submitter && submitter.hasAttribute('data-confirm') ? submitter
        : form.hasAttribute('data-confirm') ? form : null;
    if (!source) {
      return;
    }
    evt.preventDefault();
    ask(source.getAttribute('data-confirm'), function () { submitAgain(form, submitter); });
  }, true);
  // a link with data-confirm (not a form) asks before it is followed
  document.addEventListener('click', function (evt) {
    var link = evt.target.closest('a[data-confirm]');
    if (!link) {
      return;
    }
    evt.preventDefault();
    ask(link.getAttribute('data-confirm'), function () { window.location.href = link.href; });
  });

  function ready(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  ready(function () {
    // A form that was not accepted: bring its error summary into view and move the focus to it.
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.scrollIntoView({ block: 'start' });
      summary.focus({ preventScroll: true });
    }

    // Console tables become stacked cards on a phone: each cell carries its column's heading.
    document.querySelectorAll('.fz-console main table.table, .fz-portal main table.fz-stack').forEach(function (table) {
      if (table.classList.contains('fz-no-stack')) {
        return;
      }
      var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      if (!heads.length) {
        return;
      }
      table.classList.add('fz-stackable');
      table.querySelectorAll('tbody tr').forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (cell, i) {
          if (!cell.hasAttribute('data-label') && heads[i] && !cell.hasAttribute('colspan')) {
            cell.setAttribute('data-label', heads[i]);
          }
        });
      });
    });

    // Forms with modes (the calculator): show only the fields of the chosen mode.
    document.querySelectorAll('[data-fz-modes]').forEach(function (form) {
      var radios = form.querySelectorAll('input[type=radio][name="' + form.getAttribute('data-fz-modes') + '"]');
      var sync = function () {
        var chosen = form.querySelector('input[type=radio][name="' + form.getAttribute('data-fz-modes') + '"]:checked');
        form.querySelectorAll('[data-fz-mode]').forEach(function (part) {
          var show = chosen && part.getAttribute('data-fz-mode').split(' ').indexOf(chosen.value) >= 0;
          part.hidden = !show;
          part.querySelectorAll('input, select').forEach(function (f) { f.disabled = !show; });
        });
      };
      radios.forEach(function (r) { r.addEventListener('change', sync); });
      sync();
    });
  });
})();
