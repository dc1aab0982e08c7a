// Review page actions: each button posts to the JSON API with the session's CSRF token and the lock
// version the page was rendered with; a 409 (someone else changed the draft) asks for a reload.
(function () {
  'use strict';
  var root = document.getElementById('review-root');
  if (!root) { return; }
  var draft = root.dataset.draft;
  var lock = Number(root.dataset.lock);
  var version = Number(root.dataset.version);
  var message = document.getElementById('action-message');
  var header = document.querySelector('meta[name="csrf-header"]').content;
  var token = document.querySelector('meta[name="csrf-token"]').content;

  function show(text) {
    message.textContent = text;
    message.hidden = false;
  }

  function post(path, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[header] = token;
    return fetch('/api/review/drafts/' + encodeURIComponent(draft) + path, {
      method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) { window.location.reload(); return; }
      return response.json().catch(function () { return {}; }).then(function (problem) {
        var detail = problem.detail || ('The request failed (' + response.status + ')');
        if (response.status === 409) { detail += ' Reload the page to see the current draft.'; }
        show(detail);
      });
    }).catch(function () { show('The server could not be reached.'); });
  }

  document.querySelectorAll('[data-action]').forEach(function (button) {
    button.addEventListener('click', function () {
      var action = button.dataset.action;
      var body = { lockVersion: lock };
      if (action === 'approve') { body.version = version; }
      if (action === 'request-changes' || action === 'reject') {
        var text = document.getElementById('decision-text').value.trim();
        if (!text) {
          show(action === 'reject' ? 'Give a reason to reject.' : 'Say what should change.');
          document.getElementById('decision-text').focus();
          return;
        }
        body.comment = text;
      }
      button.disabled = true;
      post('/' + action, body).finally(function () { button.disabled = false; });
    });
  });

  var form = document.getElementById('comment-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = document.getElementById('comment-text').value.trim();
      if (!text) { show('Write a comment first.'); return; }
      post('/comments', { body: text, version: version });
    });
  }
}());
