// The chat page: talks to the JSON API with the seller's API key, renders answers as safe HTML.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let key = sessionStorage.getItem('consort.key') || '';
  let current = null;
  let citations = new Map();

  function headers(extra) {
    return Object.assign({ 'Authorization': 'Bearer ' + key, 'Content-Type': 'application/json' }, extra || {});
  }

  async function api(method, path, body) {
    const res = await fetch(path, { method, headers: headers(), body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw await problem(res);
    return res.status === 204 ? null : res.json();
  }

  async function problem(res) {
    try { const p = await res.json(); return new Error(p.detail || p.title || res.statusText); }
    catch (e) { return new Error(res.status + ' ' + res.statusText); }
  }

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
        if (nested && list) { out.push('<div class="reason">' + inline(bullet[1]) + '</div>'); continue; }
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

  // The day a source was last indexed, e.g. 2026-11-20: its age, at a glance
  function day(instant) {
    return String(instant).slice(0, 10);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function partnerCards(partners, alternative) {
    const grid = el('div', 'cards');
    for (const p of partners) {
      const card = el('article', 'card' + (alternative ? ' alternative' : ''));
      card.setAttribute('aria-label', p.name);
      card.appendChild(el('h3', null, p.rank + '. ' + p.name + (alternative ? ' (alternative)' : '')));
      card.appendChild(el('p', 'meta', [p.tier, p.type, (p.countries || []).slice(0, 3).join(', ')].filter(Boolean).join(' · ')));
      const reasons = el('ul');
      for (const r of (p.reasons || [])) reasons.appendChild(el('li', null, r));
      for (const m of (p.missing || [])) reasons.appendChild(el('li', null, 'Misses: ' + m));
      card.appendChild(reasons);
      const proof = el('p', 'meta', 'Evidence: ');
      for (const c of (p.evidence || [])) {
        const b = el('button', 'cite', '[' + c.n + ']');
        b.type = 'button'; b.dataset.n = c.n; b.title = c.title + (c.updatedAt ? ' (updated ' + day(c.updatedAt) + ')' : '');
        proof.appendChild(b);
      }
      card.appendChild(proof);
      grid.appendChild(card);
    }
    return grid;
  }

  function renderAnswer(li, answer) {
    li.innerHTML = markdown(answer.answer);
    if (answer.notice) li.prepend(el('p', 'notice', answer.notice));
    if (answer.partners && answer.partners.length && answer.intent !== 'partner_detail') li.appendChild(partnerCards(answer.partners, false));
    if (answer.alternatives && answer.alternatives.length) li.appendChild(partnerCards(answer.alternatives, true));
    li.appendChild(el('p', 'meta', 'Answered in ' + answer.mode + ' mode'));
    li.dataset.citations = JSON.stringify(answer.citations || []);
  }

  function addMessage(role, text) {
    const li = el('li', 'message ' + role);
    if (text !== undefined) li.textContent = text;
    $('messages').appendChild(li);
    li.scrollIntoView({ block: 'end' });
    return li;
  }

  function showSource(li, n) {
    const list = JSON.parse(li.dataset.citations || '[]');
    const c = list.find((x) => x.n === n);
    if (!c) return;
    $('source-title').textContent = '[' + c.n + '] ' + c.title;
    $('source-meta').textContent = [c.kind, c.locator, c.documentId, c.updatedAt && 'updated ' + day(c.updatedAt)]
      .filter(Boolean).join(' · ');
    $('source-text').textContent = c.snippet;
    $('source').hidden = false;
    $('source').focus();
  }

  async function loadConversations() {
    if (!key) return;
    const list = await api('GET', '/api/assistant/conversations');
    const ul = $('conversation-list');
    ul.replaceChildren();
    for (const c of list) {
      const li = el('li');
      const b = el('button', null, c.title || 'New conversation');
      b.type = 'button';
      if (c.id === current) b.setAttribute('aria-current', 'true');
      b.addEventListener('click', () => open(c.id));
      li.appendChild(b);
      ul.appendChild(li);
    }
  }

  async function open(id) {
    current = id;
    const conversation = await api('GET', '/api/assistant/conversations/' + encodeURIComponent(id));
    $('messages').replaceChildren();
    for (const m of conversation.messages) {
      if (m.role === 'user') addMessage('user', m.text);
      else renderAnswer(addMessage('assistant'), m.answer);
    }
    await loadConversations();
  }

  async function ask(text) {
    if (!current) current = (await api('POST', '/api/assistant/conversations')).id;
    addMessage('user', text);
    const li = addMessage('assistant');
    li.setAttribute('aria-busy', 'true');
    status('Thinking…');
    const res = await fetch('/api/assistant/conversations/' + encodeURIComponent(current) + '/messages', {
      method: 'POST', headers: headers({ 'Accept': 'text/event-stream' }), body: JSON.stringify({ text })
    });
    if (!res.ok) { li.remove(); throw await problem(res); }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '', markdownSoFar = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const raw = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
        const event = (raw.match(/^event:(.*)$/m) || [])[1];
        const data = raw.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
        if (!event || !data) continue;
        const payload = JSON.parse(data);
        if (event.trim() === 'section') { markdownSoFar += (markdownSoFar ? '\n' : '') + payload.markdown; li.innerHTML = markdown(markdownSoFar); }
        if (event.trim() === 'done') renderAnswer(li, payload);
      }
    }
    li.removeAttribute('aria-busy');
    status('');
    await loadConversations();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('api-key').value = key;
    $('key-form').addEventListener('submit', (e) => {
      e.preventDefault();
      key = $('api-key').value.trim();
      sessionStorage.setItem('consort.key', key);
      loadConversations().then(() => status('Key in use.')).catch((err) => status(err.message));
    });
    $('new-conversation').addEventListener('click', () => { current = null; $('messages').replaceChildren(); loadConversations(); $('question').focus(); });
    $('ask-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('question').value.trim();
      if (!text) return;
      $('question').value = '';
      ask(text).catch((err) => status(err.message));
    });
    $('question').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('ask-form').requestSubmit(); }
    });
    $('messages').addEventListener('click', (e) => {
      const b = e.target.closest('.cite');
      if (b) showSource(b.closest('.message'), Number(b.dataset.n));
    });
    $('close-source').addEventListener('click', () => { $('source').hidden = true; });
    loadConversations().catch((err) => status(err.message));
  });
})();
