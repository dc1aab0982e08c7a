// Users: create (the generated password shown once), disable and enable, reset a password (shown once).
import { api, el, $, toast, busy, onSubmit, confirmAction, dateTime } from '/js/consort.js';
import { showSecret, partnerName, lookUpPartner, roleLabel } from '/js/admin.js';

let me = null;
let users = [];

async function load() {
  const role = $('filter-role').value;
  users = await api('GET', '/api/admin/users' + (role ? '?role=' + encodeURIComponent(role) : ''));
  await render();
}

async function render() {
  const words = $('filter-text').value.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = users.filter((u) => words.every((w) => [u.displayName, u.username, u.email, u.partnerId].join(' ').toLowerCase().includes(w)));
  const rows = await Promise.all(shown.map(async (u) => {
    const partner = u.partnerId ? (await partnerName(u.partnerId).catch(() => null)) || u.partnerId : '';
    const self = me && me.userId === u.id;
    return el('tr', { dataset: { id: u.id, username: u.username } },
      el('th', { scope: 'row' }, u.displayName || u.username, self ? el('span', { class: 'hint' }, ' (you)') : null),
      el('td', null, u.username),
      el('td', null, roleLabel(u.role)),
      el('td', null, partner, u.partnerId ? el('span', { class: 'hint' }, ' ' + u.partnerId) : ''),
      el('td', null, el('span', { class: 'state ' + (u.enabled ? 'enabled' : 'disabled') }, u.enabled ? 'active' : 'disabled')),
      el('td', null, u.lastLoginAt ? dateTime(u.lastLoginAt) : 'never'),
      el('td', { class: 'row-actions' },
        // an admin cannot lock themselves out from here
        self ? null : el('button', { type: 'button', class: 'secondary toggle', onclick: (e) => busy(e.currentTarget, () => toggle(u)) },
          u.enabled ? 'Disable' : 'Enable'),
        el('button', { type: 'button', class: 'secondary reset', onclick: (e) => busy(e.currentTarget, () => reset(u)) }, 'Reset password')));
  }));
  $('users').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', null, el('td', { colspan: '7' }, 'No user matches.'))]));
}

async function toggle(u) {
  const name = u.displayName || u.username;
  if (u.enabled && !await confirmAction('Disable ' + name + '? They can no longer log in, and their open sessions end.', 'Disable ' + name, { danger: true })) return;
  await api('POST', '/api/admin/users/' + encodeURIComponent(u.id) + (u.enabled ? '/disable' : '/enable'));
  toast((u.enabled ? 'Disabled ' : 'Enabled ') + name + '.', 'success');
  await load();
}

async function reset(u) {
  const name = u.displayName || u.username;
  if (!await confirmAction('Reset the password of ' + name + '? Their current password stops working and their open sessions end.', 'Reset the password')) return;
  const result = await api('POST', '/api/admin/users/' + encodeURIComponent(u.id) + '/password', {});
  showSecret('New password for ' + name, result.password, 'Give it to ' + name + ' through a safe channel.');
}

function partnerField() {
  const partner = $('role').value === 'PARTNER';
  $('partner-field').hidden = !partner;
  $('partner-id').required = partner;
}

onSubmit($('new-user'), async (form) => {
  const body = { username: $('username').value.trim(), displayName: $('display-name').value.trim() || null,
    email: $('email').value.trim() || null, role: $('role').value,
    partnerId: $('role').value === 'PARTNER' ? $('partner-id').value.trim() : null };
  const created = await api('POST', '/api/admin/users', body);
  const name = created.user.displayName || created.user.username;
  form.reset();
  partnerField();
  $('partner-name').textContent = '';
  showSecret('Password for ' + name + ' (' + created.user.username + ')', created.password, 'Give it to ' + name + ' through a safe channel.');
  toast('Created ' + name + '.', 'success');
  await load();
});

$('role').addEventListener('change', partnerField);
$('filter-role').addEventListener('change', () => load().catch((e) => toast(e, 'error')));
$('filter-text').addEventListener('input', () => render().catch((e) => toast(e, 'error')));
$('user-filters').addEventListener('submit', (e) => e.preventDefault());
lookUpPartner($('partner-id'), $('partner-name'));
partnerField();
api('GET', '/api/me').then((who) => { me = who; return load(); }).catch((e) => toast(e, 'error'));
