// The chat page: a conversation with the assistant over the JSON API (with the session), at its own
// address (/chat/{id}). An answer is shown once: its text, the partners as cards with a reason per
// criterion and numbered citations, and its sources, each opening the cited passage in its document.
// Everything from the answer or the documents goes in as text (el()), never as HTML.
import { api, send, el, $, onSubmit, toast, day } from '/js/consort.js';
import { shortlistTools } from '/js/shortlist.js';

const chat = $('chat');
const max = Number($('ask-form').dataset.max);
let current = chat.dataset.conversation || null;

function status(text) { $('status').textContent = text || ''; }

/** Where a citation leads: a partner's profile (its deals, for a track record), or the passage in its document. */
function sourceHref(c) {
  if (c.kind === 'profile') return '/partners/' + encodeURIComponent(c.partnerId);
  if (c.kind === 'opportunities') {
    // the locator is the cited segment as /api/opportunities takes it; the profile's deals read the same parameters
    const query = (c.locator || '').split('?')[1];
    return '/partners/' + encodeURIComponent(c.partnerId) + (query ? '?' + query : '') + '#deals';
  }
  const passage = (c.snippet || '').replace(/…$/, '').slice(0, 200);
  return '/documents/' + encodeURIComponent(c.documentId) + (passage ? '?passage=' + encodeURIComponent(passage) : '') + '#passage';
}

function citeLink(n, citations) {
  const c = citations.find((x) => x.n === n);
  if (!c) return '[' + n + ']';
  return el('a', { class: 'cite', href: sourceHref(c), title: c.title + (c.updatedAt ? ' (indexed ' + day(c.updatedAt) + ')' : ''),
    'aria-label': 'Source ' + n + ': ' + c.title }, '[' + n + ']');
}

// A small Markdown subset: paragraphs, lists (a nested line belongs to the item above), **bold**, [n]
// citations and backslash escapes, built as elements.
function inline(text, citations) {
  const out = [];
  const token = /\\([\\`*_[\]<>#|-])|\*\*(.+?)\*\*|\[(\d+)\]/g;
  let last = 0;
  for (let m; (m = token.exec(text));) {
    out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(el('strong', null, inline(m[2], citations)));
    else out.push(citeLink(Number(m[3]), citations));
    last = token.lastIndex;
  }
  out.push(text.slice(last));
  return out;
}

// With cards, the numbered shortlist in the text and its nested reasons are the cards: left out here.
function markdown(md, citations, withoutShortlist) {
  const blocks = [];
  let list = null;
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const ordered = line.match(/^(\d+)\. (.*)$/);
    const bullet = line.match(/^(\s*)[-*] (.*)$/);
    const nested = bullet && bullet[1].length >= 2;
    if (withoutShortlist && (ordered || nested)) continue;
    if (nested && list && list.lastChild) {
      list.lastChild.append(el('div', { class: 'reason' }, inline(bullet[2], citations)));
      continue;
    }
    if (ordered || bullet) {
      const tag = ordered ? 'ol' : 'ul';
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = el(tag, ordered ? { start: ordered[1] } : null);
        blocks.push(list);
      }
      list.append(el('li', null, inline(ordered ? ordered[2] : bullet[2], citations)));
      continue;
    }
    list = null;
    if (line) blocks.push(el('p', null, inline(line, citations)));
  }
  return blocks;
}

function partnerCards(partners, citations, alternative) {
  return el('div', { class: 'cards' }, partners.map((p) => el('article', {
    class: 'card' + (alternative ? ' alternative' : ''), 'aria-labelledby': 'card-' + p.partnerId + (alternative ? '-alt' : '') },
    el('h3', { id: 'card-' + p.partnerId + (alternative ? '-alt' : '') }, p.rank + '. ',
      el('a', { href: '/partners/' + encodeURIComponent(p.partnerId), class: 'profile' }, p.name),
      alternative ? ' (alternative)' : ''),
    el('p', { class: 'meta' }, [p.tier, p.type, (p.countries || []).slice(0, 3).join(', ')].filter(Boolean).join(' · ')),
    (p.reasons || []).length || (p.missing || []).length ? el('ul', { class: 'reasons' },
      (p.reasons || []).map((r) => el('li', null, inline(r, citations))),
      (p.missing || []).map((m) => el('li', { class: 'missing' }, 'Misses: ' + m))) : null,
    (p.evidence || []).length ? el('p', { class: 'evidence' }, 'Sources: ', p.evidence.map((c) => citeLink(c.n, citations))) : null)));
}

function sources(citations) {
  return el('details', { class: 'sources' }, el('summary', null, 'Sources (' + citations.length + ')'),
    el('ol', null, citations.map((c) => el('li', { value: c.n },
      el('a', { href: sourceHref(c) }, c.title),
      el('span', { class: 'meta' }, ' · ' + [c.kind === 'profile' ? 'directory profile' : (c.kind || '').replace('_', ' '),
        c.locator, c.updatedAt && 'indexed ' + day(c.updatedAt)].filter(Boolean).join(' · '))))));
}

function renderAnswer(li, answer, question) {
  const citations = answer.citations || [];
  const partners = answer.partners || [];
  const alternatives = answer.alternatives || [];
  const cards = answer.intent !== 'partner_detail' && (partners.length > 0 || alternatives.length > 0);
  li.replaceChildren(...[
    answer.notice ? el('p', { class: 'notice' }, answer.notice) : null,
    el('div', { class: 'answer-text' }, markdown(answer.answer || '', citations, cards)),
    cards && partners.length ? partnerCards(partners, citations, false) : null,
    cards && alternatives.length ? partnerCards(alternatives, citations, true) : null,
    answer.intent === 'partner_detail' && partners.length ? el('p', null, el('a', {
      href: '/partners/' + encodeURIComponent(partners[0].partnerId), class: 'profile' }, 'Open the profile of ' + partners[0].name)) : null,
    cards && partners.length ? shortlistTools(partners, citations, question, sourceHref) : null,
    citations.length ? sources(citations) : null,
    el('p', { class: 'meta' }, 'Answered in ' + answer.mode + ' mode')].filter(Boolean));
}

function addMessage(role, text) {
  const li = el('li', { class: 'message ' + role }, text);
  $('messages').append(li);
  return li;
}

async function loadConversations() {
  const list = await api('GET', '/api/assistant/conversations');
  $('conversation-list').replaceChildren(...list.map((c) => el('li', null, el('a', {
    href: '/chat/' + encodeURIComponent(c.id), 'aria-current': c.id === current ? 'page' : null
  }, c.title || 'New conversation'))));
}

async function open(id) {
  const conversation = await api('GET', '/api/assistant/conversations/' + encodeURIComponent(id));
  $('messages').replaceChildren();
  let question = '';
  for (const m of conversation.messages) {
    if (m.role === 'user') {
      question = m.text;
      addMessage('user', m.text);
    } else {
      renderAnswer(addMessage('assistant'), m.answer, question);
    }
  }
  document.title = (conversation.summary.title || 'Partner finder') + ' · Consort';
  const last = $('messages').lastElementChild;
  if (last) last.scrollIntoView({ block: 'start' });
}

// Reads the server-sent events of one answer: sections as they are written, then the whole answer.
async function stream(response, li, question) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '', markdownSoFar = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const raw = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
      const event = ((raw.match(/^event:(.*)$/m) || [])[1] || '').trim();
      const data = raw.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
      if (!event || !data) continue;
      const payload = JSON.parse(data);
      if (event === 'section') {
        markdownSoFar += (markdownSoFar ? '\n' : '') + payload.markdown;
        li.replaceChildren(...markdown(markdownSoFar, [], false));
      }
      if (event === 'done') renderAnswer(li, payload, question);
    }
  }
}

async function ask(text) {
  // a conversation is made for its first question, and dropped again if that question fails
  let created = null;
  if (!current) created = current = (await api('POST', '/api/assistant/conversations')).id;
  const question = addMessage('user', text);
  const li = addMessage('assistant');
  li.setAttribute('aria-busy', 'true');
  question.scrollIntoView({ block: 'start' });
  status('Finding an answer…');
  try {
    const response = await send('POST', '/api/assistant/conversations/' + encodeURIComponent(current) + '/messages',
      { text }, { accept: 'text/event-stream' });
    await stream(response, li, text);
  } catch (e) {
    question.remove();
    li.remove();
    if (created) {
      current = null;
      api('DELETE', '/api/assistant/conversations/' + encodeURIComponent(created)).catch(() => {});
    }
    throw e;
  } finally {
    li.removeAttribute('aria-busy');
    status('');
  }
  if (created) history.replaceState(null, '', '/chat/' + encodeURIComponent(created));
  await loadConversations();
}

// The counter shows near the limit; over it, Send is off and the box says by how much to shorten.
function count() {
  const length = $('question').value.length;
  const over = length > max;
  $('counter').hidden = length < max * 0.8;
  $('counter').textContent = length.toLocaleString() + ' of ' + max.toLocaleString() + ' characters'
    + (over ? ': shorten it by ' + (length - max).toLocaleString() + ' to send it' : '');
  $('counter').classList.toggle('error', over);
  $('question').toggleAttribute('aria-invalid', over);
  if (!$('send').dataset.busy) $('send').disabled = over;
}

onSubmit($('ask-form'), async () => {
  const text = $('question').value.trim();
  if (!text || text.length > max) return;
  $('question').value = '';
  count();
  try {
    await ask(text);
  } catch (e) {
    $('question').value = text; // nothing typed is lost
    throw e;
  } finally {
    setTimeout(count); // after busy() gave the button back
  }
});
$('question').addEventListener('input', count);
$('question').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (!$('send').disabled) $('ask-form').requestSubmit($('send')); }
});
// on a phone the list of conversations folds away above the thread
if (matchMedia('(max-width: 50rem)').matches) $('conversations').open = false;

count();
loadConversations().catch((e) => status(e.message));
if (current) open(current).catch((e) => toast(e, 'error'));
