// Review page actions: each button posts to the JSON API (the shared script adds the session's CSRF
// token) with the lock version the page was rendered with; a 409 (someone else changed the draft)
// asks for a reload.
import { api, $, $$, busy } from '/js/consort.js';

const root = $('review-root');
const draft = root.dataset.draft;
const lock = Number(root.dataset.lock);
const version = Number(root.dataset.version);

function show(text) {
  $('action-message').textContent = text;
  $('action-message').hidden = false;
}

async function post(path, body) {
  try {
    await api('POST', '/api/review/drafts/' + encodeURIComponent(draft) + path, body);
    window.location.reload();
  } catch (e) {
    show(e.status === 409 ? e.message.replace(/\.?$/, '.') + ' Reload the page to see the current draft.' : e.message);
  }
}

for (const button of $$('[data-action]')) {
  button.addEventListener('click', () => {
    const action = button.dataset.action;
    const body = { lockVersion: lock };
    if (action === 'approve') body.version = version;
    if (action === 'request-changes' || action === 'reject') {
      const text = $('decision-text').value.trim();
      if (!text) {
        show(action === 'reject' ? 'Give a reason to reject.' : 'Say what should change.');
        $('decision-text').focus();
        return;
      }
      body.comment = text;
    }
    busy(button, () => post('/' + action, body));
  });
}

const form = $('comment-form');
if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('comment-text').value.trim();
    if (!text) { show('Write a comment first.'); return; }
    busy($('comment-submit'), () => post('/comments', { body: text, version }));
  });
}
