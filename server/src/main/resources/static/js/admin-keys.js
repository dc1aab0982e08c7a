// API keys for machines: create (the key shown once, with Copy), list with last use, revoke after a confirmation.
import { api, el, $, toast, busy, onSubmit, confirmAction, dateTime } from '/js/consort.js';
import { showSecret, partnerName, lookUpPartner, roleLabel } from '/js/admin.js';

async function load() {
  const keys = await api('GET', '/api/admin/api-keys');
  const showRevoked = $('show-revoked').checked;
  // newest first: the key just made is on top
  const shown = keys.filter((k) => showRevoked || !k.revokedAt).reverse();
  const rows = await Promise.all(shown.map(async (k) => el('tr', { dataset: { id: k.id, name: k.name }, class: k.revokedAt ? 'revoked' : '' },
    el('th', { scope: 'row' }, k.name),
    el('td', null, roleLabel(k.role)),
    el('td', null, k.partnerId ? ((await partnerName(k.partnerId).catch(() => null)) || '') + ' ' : '',
      k.partnerId ? el('span', { class: 'hint' }, k.partnerId) : ''),
    el('td', null, dateTime(k.createdAt)),
    el('td', { class: 'last-used' }, k.lastUsedAt ? dateTime(k.lastUsedAt) : 'never'),
    el('td', null, k.revokedAt ? el('span', { class: 'state disabled' }, 'revoked ' + dateTime(k.revokedAt))
      : el('span', { class: 'state enabled' }, 'active')),
    el('td', null, k.revokedAt ? null : el('button', { type: 'button', class: 'danger revoke',
      onclick: (e) => busy(e.currentTarget, () => revoke(k)) }, 'Revoke')))));
  $('keys').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', null, el('td', { colspan: '7' }, 'No API key yet.'))]));
}

async function revoke(k) {
  if (!await confirmAction('Revoke the key "' + k.name + '"? Every machine using it loses access at once; this cannot be undone.',
    'Revoke "' + k.name + '"', { danger: true })) return;
  await api('DELETE', '/api/admin/api-keys/' + encodeURIComponent(k.id));
  toast('Revoked "' + k.name + '".', 'success');
  await load();
}

function partnerField() {
  const partner = $('key-role').value === 'PARTNER';
  $('key-partner-field').hidden = !partner;
  $('key-partner').required = partner;
}

onSubmit($('new-key'), async (form) => {
  const role = $('key-role').value;
  const created = await api('POST', '/api/admin/api-keys', { name: $('key-name').value.trim(), role,
    partnerId: role === 'PARTNER' ? $('key-partner').value.trim() : null });
  form.reset();
  partnerField();
  $('key-partner-name').textContent = '';
  showSecret('API key "' + created.name + '"', created.key, 'Put it in the machine\'s configuration as "Authorization: Bearer <key>".');
  await load();
});

$('key-role').addEventListener('change', partnerField);
$('show-revoked').addEventListener('change', () => load().catch((e) => toast(e, 'error')));
lookUpPartner($('key-partner'), $('key-partner-name'));
partnerField();
load().catch((e) => toast(e, 'error'));
