// The chat page: conversations with the assistant over the JSON API (with the session), answers rendered
// as safe HTML: everything from the answer or the documents is escaped before the few tags we add.
import { api, send, el, $, onSubmit, day } from '/js/consort.js';

let current = null;

function status(text) { $('status').textContent = text || ''; }

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// A small Markdown subset (lists, bold, [n] citations). Everything is escaped first, so text from the
// answer or the documents can never become markup.
function inline(text) {
  const kept = [];
  let s = text.replace(/\\([\\`*_\[\]<>#|])/g, (m, c) => { kept.push(c); return '\u0000' + (kept.length - 1) + '\u0000'; });
  s = escapeHtml(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[(\d+)\]/g, '<button type="button" class="cite" data-n="$1" aria-label="Source $1">[$1]</button>');
  return s.replace(/\u0000(\d+)\u0000/g, (m, i) => escapeHtml(kept[Number(i)]));
}

function markdown(md) {
  const out = [];
  let list = null;
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const ordered = line.match(/^(\d+)\. (.*)$/);
    const bullet = line.match(/^\s*- (.*)$/);
    if (ordered || bullet) {
      const tag = ordered ? 'ol' : 'ul';
      const nested = bullet && /^\s{2,}/.test(line);
      // a nested reason belongs to the list item above it
      if (nested && list) { out.push(out.pop().replace(/<\/li>$/, () => '<div class="reason">' + inline(bullet[1]) + '</div></li>')); continue; }
      if (list !== tag) { if (list) out.push('</' + list + '>'); out.push('<' + tag + '>'); list = tag; }
      out.push('<li>' + inline(ordered ? ordered[2] : bullet[1]) + '</li>');
      continue;
    }
    if (list) { out.push('</' + list + '>'); list = null; }
    if (line) out.push('<p>' + inline(line) + '</p>');
  }
  if (list) out.push('</' + list + '>');
  return out.join('');
}

function partnerCards(partners, alternative) {
  const grid = el('div', { class: 'cards' });
  for (const p of partners) {
    const reasons = el('ul', null,
      (p.reasons || []).map((r) => el('li', null, r)),
      (p.missing || []).map((m) => el('li', null, 'Misses: ' + m)));
    const proof = el('p', { class: 'meta' }, 'Evidence: ', (p.evidence || []).map((c) => el('button', {
      type: 'button', class: 'cite', dataset: { n: c.n },
      title: c.title + (c.updatedAt ? ' (updated ' + day(c.updatedAt) + ')' : '')
    }, '[' + c.n + ']')));
    grid.append(el('article', { class: 'card' + (alternative ? ' alternative' : ''), 'aria-label': p.name },
      el('h3', null, p.rank + '. ' + p.name + (alternative ? ' (alternative)' : '')),
      el('p', { class: 'meta' }, [p.tier, p.type, (p.countries || []).slice(0, 3).join(', ')].filter(Boolean).join(' · ')),
      reasons, proof));
  }
  return grid;
}

function renderAnswer(li, answer) {
  li.innerHTML = markdown(answer.answer);
  if (answer.notice) li.prepend(el('p', { class: 'notice' }, answer.notice));
  if (answer.partners && answer.partners.length && answer.intent !== 'partner_detail') li.append(partnerCards(answer.partners, false));
  if (answer.alternatives && answer.alternatives.length) li.append(partnerCards(answer.alternatives, true));
  li.append(el('p', { class: 'meta' }, 'Answered in ' + answer.mode + ' mode'));
  li.dataset.citations = JSON.stringify(answer.citations || []);
}

function addMessage(role, text) {
  const li = el('li', { class: 'message ' + role }, text);
  $('messages').append(li);
  li.scrollIntoView({ block: 'end' });
  return li;
}

function showSource(li, n) {
  const c = JSON.parse(li.dataset.citations || '[]').find((x) => x.n === n);
  if (!c) return;
  $('source-title').textContent = '[' + c.n + '] ' + c.title;
  $('source-meta').textContent = [c.kind, c.locator, c.updatedAt && 'updated ' + day(c.updatedAt)].filter(Boolean).join(' · ');
  $('source-text').textContent = c.snippet;
  $('source').hidden = false;
  $('source').focus();
}

async function loadConversations() {
  const list = await api('GET', '/api/assistant/conversations');
  $('conversation-list').replaceChildren(...list.map((c) => el('li', null, el('button', {
    type: 'button', 'aria-current': c.id === current ? 'true' : null, onclick: () => open(c.id).catch((e) => status(e.message))
  }, c.title || 'New conversation'))));
}

async function open(id) {
  current = id;
  $('source').hidden = true;
  const conversation = await api('GET', '/api/assistant/conversations/' + encodeURIComponent(id));
  $('messages').replaceChildren();
  for (const m of conversation.messages) {
    if (m.role === 'user') addMessage('user', m.text);
    else renderAnswer(addMessage('assistant'), m.answer);
  }
  await loadConversations();
}

// Reads the server-sent events of one answer: sections as they are written, then the whole answer.
async function stream(response, li) {
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
      if (event === 'section') { markdownSoFar += (markdownSoFar ? '\n' : '') + payload.markdown; li.innerHTML = markdown(markdownSoFar); }
      if (event === 'done') renderAnswer(li, payload);
    }
  }
}

async function ask(text) {
  if (!current) current = (await api('POST', '/api/assistant/conversations')).id;
  const question = addMessage('user', text);
  const li = addMessage('assistant');
  li.setAttribute('aria-busy', 'true');
  status('Thinking…');
  try {
    const response = await send('POST', '/api/assistant/conversations/' + encodeURIComponent(current) + '/messages',
      { text }, { accept: 'text/event-stream' });
    await stream(response, li);
  } catch (e) {
    question.remove();
    li.remove();
    throw e;
  } finally {
    li.removeAttribute('aria-busy');
    status('');
  }
  await loadConversations();
}

$('new-conversation').addEventListener('click', () => {
  current = null;
  $('messages').replaceChildren();
  $('source').hidden = true;
  loadConversations().catch((e) => status(e.message));
  $('question').focus();
});
onSubmit($('ask-form'), async () => {
  const text = $('question').value.trim();
  if (!text) return;
  $('question').value = '';
  try {
    await ask(text);
  } catch (e) {
    $('question').value = text; // nothing typed is lost
    throw e;
  }
});
$('question').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (!$('send').disabled) $('ask-form').requestSubmit($('send')); }
});
$('messages').addEventListener('click', (e) => {
  const b = e.target.closest('.cite');
  if (b) showSource(b.closest('.message'), Number(b.dataset.n));
});
$('close-source').addEventListener('click', () => { $('source').hidden = true; });
loadConversations().catch((e) => status(e.message));
