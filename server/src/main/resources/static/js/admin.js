// What the admin console's pages share: a secret shown once (a new password or API key) with a Copy
// button, and a partner id that says which partner it is.
import { api, el, $, copyText } from '/js/consort.js';

/**
 * Shows a secret once in the page's #secret box (role=alert): what it is, the value in a read-only field
 * with Copy, and that it will not be shown again. Dismissing it removes the value from the page.
 */
export function showSecret(title, value, note) {
  const box = $('secret');
  const field = el('input', { id: 'secret-value', readonly: true, value, 'aria-label': title, spellcheck: 'false' });
  box.replaceChildren(
    el('h2', null, title),
    el('div', { class: 'secret-row' }, field,
      el('button', { type: 'button', id: 'copy-secret', onclick: () => copyText(value, field) }, 'Copy')),
    el('p', null, note + ' It is shown only this once: Consort keeps only a hash of it.'),
    el('button', { type: 'button', class: 'secondary', id: 'dismiss-secret', onclick: () => { box.hidden = true; box.replaceChildren(); } }, 'Done, hide it'));
  box.hidden = false;
  box.scrollIntoView({ block: 'nearest' });
  field.focus();
  field.select();
}

const partnerNames = new Map();

/** The directory's name of a partner id, or null when the directory has no such partner. */
export async function partnerName(id) {
  if (!id) return null;
  if (!partnerNames.has(id)) {
    partnerNames.set(id, api('GET', '/api/partners/' + encodeURIComponent(id)).then((p) => p.name, (e) => {
      if (e.status === 404) return null;
      throw e;
    }));
  }
  return partnerNames.get(id);
}

/** Says beside a partner id field which partner it names (or that none does), as the admin types. */
export function lookUpPartner(input, output) {
  let timer = null;
  const check = async () => {
    const id = input.value.trim();
    if (!id) { output.textContent = ''; input.removeAttribute('aria-invalid'); return; }
    const name = await partnerName(id).catch(() => undefined);
    if (input.value.trim() !== id) return;
    output.textContent = name ? name : name === null ? 'No partner ' + id + ' in the directory' : '';
    output.className = name === null ? 'hint error' : 'hint';
    input.toggleAttribute('aria-invalid', name === null);
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(check, 300); });
  input.addEventListener('change', check);
}

/** A role as people read it: SELLER is "Seller". */
export const roleLabel = (role) => role.charAt(0) + role.slice(1).toLowerCase();
