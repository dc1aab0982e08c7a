// Review page actions: each button posts to the JSON API (the shared script adds the session's CSRF
// token) with the lock version the page was rendered with. Approve and reject ask for a confirmation. A
// comment may be anchored on a passage selected in the text. A 409 (someone changed the draft meanwhile)
// keeps what was typed, says so, and offers a reload that brings the typed text back.
import { api, el, $, $$, busy, confirmAction } from '/js/consort.js';

const root = $('review-root');
const draft = root.dataset.draft;
const lock = Number(root.dataset.lock);
const version = Number(root.dataset.version);
const kept = 'consort.review.' + draft; // sessionStorage: the typed texts across a reload
const typed = ['decision-text', 'comment-text'].filter((id) => $(id));
let anchor = null;

function show(...sentences) {
  $('action-message').replaceChildren(...sentences.map((s) => (s instanceof Node ? s : el('p', null, s))));
  $('action-message').hidden = false;
}

function reloadKeepingText() {
  const texts = {};
  for (const id of typed) texts[id] = $(id).value;
  try { sessionStorage.setItem(kept, JSON.stringify(texts)); } catch (e) { /* storage off: the text stays on screen only */ }
  window.location.reload();
}

async function post(path, body) {
  try {
    await api('POST', '/api/review/drafts/' + encodeURIComponent(draft) + path, body);
    try { sessionStorage.removeItem(kept); } catch (e) { /* nothing kept */ }
    window.location.reload();
  } catch (e) {
    if (e.status === 409) {
      show('Someone changed this draft while you were reading it.', e.message.replace(/\.?$/, '.'),
        'What you typed is kept.',
        el('p', null, el('button', { type: 'button', class: 'secondary', id: 'reload-keeping', onclick: reloadKeepingText },
          'Reload the draft, keeping what you typed')));
    } else {
      show(e.message);
    }
  }
}

// a passage selected in the text: its section and its offsets in that section's text
document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return;
  const range = selection.getRangeAt(0);
  const start = range.startContainer.parentElement?.closest('p.section');
  if (!start || start !== range.endContainer.parentElement?.closest('p.section')) return;
  const before = document.createRange();
  before.setStart(start, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const from = before.toString().length;
  const quote = range.toString();
  if (!quote.trim()) return;
  anchor = { section: start.dataset.section, start: from, end: from + quote.length };
  $('anchor-text').replaceChildren('Your comment will be on ', el('q', null, quote), ' in ' + anchor.section.replace(/_/g, ' ') + '.');
  $('anchor').hidden = false;
});
$('anchor-clear').addEventListener('click', () => {
  anchor = null;
  $('anchor').hidden = true;
});

function when(date, endOfDay) {
  return date ? date + (endOfDay ? 'T23:59:59Z' : 'T00:00:00Z') : null;
}

const approve = $('approve-form');
if (approve) {
  approve.addEventListener('submit', (event) => {
    event.preventDefault();
    const effective = $('effective-from').value;
    const expires = $('expires-at').value;
    if (expires && effective && expires < effective) {
      show('The expiry date must be on or after the effective date.');
      return;
    }
    busy($('approve'), async () => {
      const ok = await confirmAction('Approve version ' + version + ' of this ' + root.dataset.asset + ' for '
        + root.dataset.partner + ', effective ' + effective + (expires ? ' and expiring on ' + expires : ' with no expiry')
        + '? The partner can then publish it.', 'Approve version ' + version);
      if (ok) await post('/approve', { lockVersion: lock, version, effectiveFrom: when(effective, false), expiresAt: when(expires, true) });
    }).catch(() => {});
  });
}

for (const button of $$('[data-action]')) {
  button.addEventListener('click', () => {
    const action = button.dataset.action;
    const body = { lockVersion: lock };
    if (action === 'request-changes' || action === 'reject') {
      const text = $('decision-text').value.trim();
      if (!text) {
        show(action === 'reject' ? 'Give a reason to reject.' : 'Say what should change.');
        $('decision-text').focus();
        return;
      }
      body.comment = text;
      if (action === 'request-changes' && anchor) body.anchor = anchor;
    }
    busy(button, async () => {
      if (action === 'reject' && !await confirmAction('Reject this ' + root.dataset.asset + '? A rejected draft cannot be '
        + 'revised or submitted again.', 'Reject', { danger: true })) return;
      await post('/' + action, body);
    }).catch(() => {});
  });
}

const form = $('comment-form');
if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('comment-text').value.trim();
    if (!text) { show('Write a comment first.'); return; }
    busy($('comment-submit'), () => post('/comments', { body: text, version, anchor })).catch(() => {});
  });
}

// what was typed before a reload asked for by a conflict comes back
try {
  const texts = JSON.parse(sessionStorage.getItem(kept) || 'null');
  if (texts) {
    for (const id of typed) if (texts[id]) $(id).value = texts[id];
    sessionStorage.removeItem(kept);
  }
} catch (e) {
  // nothing kept
}
