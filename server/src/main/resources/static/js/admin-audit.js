// The audit log: filters (who, action prefix, a range of days) kept in the address, newest first, paged.
import { api, el, $, toast, dateTime } from '/js/consort.js';

const SIZE = 25;
const names = new Map([['system', 'system'], ['anonymous', 'anonymous (not logged in)']]);

async function people() {
  const [users, keys] = await Promise.all([api('GET', '/api/admin/users'), api('GET', '/api/admin/api-keys')]);
  users.forEach((u) => names.set('user:' + u.id, u.displayName || u.username));
  keys.forEach((k) => names.set('key:' + k.id, k.name + ' (API key)'));
  $('actor').append(...[...names].map(([subject, name]) => el('option', { value: subject }, name)));
}

/** The filters as the address has them. */
function query() {
  const q = new URLSearchParams(window.location.search);
  return { actor: q.get('actor') || '', action: q.get('action') || '', from: q.get('from') || '', to: q.get('to') || '',
    page: Math.max(0, Number(q.get('page')) || 0) };
}

function go(filters) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  history.pushState(null, '', '/admin/audit' + (q.size ? '?' + q : ''));
  return load();
}

/** A day in the reader's time zone as an instant: its start, or (to, inclusive) the start of the next day. */
function instant(date, next) {
  const d = new Date(date + 'T00:00:00');
  if (next) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

async function load() {
  const f = query();
  $('actor').value = names.has(f.actor) ? f.actor : '';
  $('action').value = f.action;
  $('from').value = f.from;
  $('to').value = f.to;
  const q = new URLSearchParams({ page: f.page, size: SIZE });
  if (f.actor) q.set('actor', f.actor);
  if (f.action) q.set('action', f.action);
  if (f.from) q.set('from', instant(f.from, false));
  if (f.to) q.set('to', instant(f.to, true));
  const result = await api('GET', '/api/admin/audit?' + q);
  const pages = Math.max(1, Math.ceil(result.total / SIZE));
  $('audit').tBodies[0].replaceChildren(...(result.items.length ? result.items.map((e) => el('tr', { dataset: { action: e.action } },
    el('td', null, dateTime(e.occurredAt)),
    el('td', null, el('button', { type: 'button', class: 'link', title: 'Only what ' + (e.actorName || names.get(e.actor) || e.actor) + ' did',
      onclick: () => go({ ...query(), actor: e.actor, page: 0 }) }, e.actorName || names.get(e.actor) || e.actor)),
    el('td', null, el('code', null, e.action)),
    el('td', null, names.get(e.target) || e.target || ''),
    el('td', { class: 'detail' }, e.detail || ''),
    el('td', null, e.remoteAddress || '')))
    : [el('tr', null, el('td', { colspan: '6' }, 'No event matches these filters.'))]));
  $('audit-count').textContent = result.total + (result.total === 1 ? ' event' : ' events') + (f.actor || f.action || f.from || f.to ? ' match' : '');
  $('page-info').textContent = 'Page ' + (f.page + 1) + ' of ' + pages;
  $('newer').disabled = f.page === 0;
  $('older').disabled = f.page + 1 >= pages;
}

$('audit-filters').addEventListener('submit', (e) => {
  e.preventDefault();
  if (!$('audit-filters').reportValidity()) return;
  if ($('from').value && $('to').value && $('from').value > $('to').value) {
    toast('"From" must be on or before "To".', 'error');
    return;
  }
  go({ actor: $('actor').value, action: $('action').value.trim(), from: $('from').value, to: $('to').value, page: 0 }).catch((err) => toast(err, 'error'));
});
$('audit-clear').addEventListener('click', () => go({}).catch((err) => toast(err, 'error')));
$('newer').addEventListener('click', () => go({ ...query(), page: query().page - 1 }).catch((err) => toast(err, 'error')));
$('older').addEventListener('click', () => go({ ...query(), page: query().page + 1 }).catch((err) => toast(err, 'error')));
window.addEventListener('popstate', () => load().catch((err) => toast(err, 'error')));
people().then(load).catch((err) => toast(err, 'error'));
