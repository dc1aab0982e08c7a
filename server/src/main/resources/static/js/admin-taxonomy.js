// Taxonomy: the directory's values with their counts, synonyms, tier order, merges, and the YAML file.
import { api, el, $, toast, busy, onSubmit, confirmAction, dateTime } from '/js/consort.js';

let view = null;

const facetOf = (key) => view.facets.find((f) => f.key === key);
const option = (value, label, selected) => el('option', { value, selected: selected === value }, label);
const valueLabel = (v) => (v.label !== v.value ? v.label + ' (' + v.value + ')' : v.value);

async function load() {
  show(await api('GET', '/api/admin/taxonomy'));
}

/** Draws everything from a taxonomy view (every change answers with the view as it is now). */
function show(next) {
  view = next;
  fillFacets($('synonym-facet'), view.facets.filter((f) => !f.coded), 'industries');
  fillFacets($('merge-facet'), view.facets, 'industries');
  fillFacets($('show-facet'), view.facets, 'industries');
  fillValues($('synonym-value'), $('synonym-facet').value, false);
  fillValues($('merge-from'), $('merge-facet').value, true);
  fillValues($('merge-into'), $('merge-facet').value, true);
  differentInto();
  $('tier-order-now').textContent = view.tierOrder.tiers.join(' > ') || 'no tiers yet';
  $('tier-order-source').textContent = view.tierOrder.configured ? '(set here)' : '(learnt from the directory)';
  $('learnt-tiers').hidden = !view.tierOrder.configured;
  $('taxonomy-version').textContent = view.version
    ? 'Version ' + view.version + ', changed ' + dateTime(view.updatedAt) + ' by ' + view.updatedBy + '.'
    : 'Nothing set yet: the values are the directory\'s own.';
  renderValues();
}

/** Keeps the person's choice of facet when the view is drawn again. */
function fillFacets(select, facets, fallback) {
  const chosen = select.value || fallback;
  select.replaceChildren(...facets.map((f) => option(f.key, f.label, chosen)));
  if (!select.value && facets.length) select.value = facets[0].key;
}

/** The values partners use (a merge needs both sides in the directory; so does a synonym's target). */
function fillValues(select, facetKey, withCounts) {
  const chosen = select.value;
  const values = (facetOf(facetKey)?.values || []).filter((v) => v.partners > 0);
  select.replaceChildren(...values.map((v) => option(v.value,
    valueLabel(v) + (withCounts ? ' — ' + v.partners + (v.partners === 1 ? ' partner' : ' partners') : ''), chosen)));
}

/** A merge needs two values: the kept one starts as another than the retired one. */
function differentInto() {
  const into = $('merge-into');
  if (into.value === $('merge-from').value && into.options.length > 1) into.selectedIndex = into.selectedIndex === 0 ? 1 : 0;
}

function renderValues() {
  const facet = facetOf($('show-facet').value);
  const rows = (facet?.values || []).map((v) => el('tr', { dataset: { value: v.value } },
    el('th', { scope: 'row' }, valueLabel(v)),
    el('td', { class: 'count' }, v.partners ? String(v.partners) : el('span', { class: 'hint' }, '0 (not in the directory yet)')),
    el('td', { class: 'names' }, v.names.length ? v.names.map((name) => el('span', { class: 'name-chip' }, name,
      facet.coded ? null : el('button', { type: 'button', class: 'remove-name', 'aria-label': 'Remove "' + name + '" from ' + v.value,
        onclick: (e) => busy(e.currentTarget, () => removeName(facet, v, name)) }, '×'))) : el('span', { class: 'hint' }, '—'))));
  $('values').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', null, el('td', { colspan: '3' }, 'No partner has a value of this facet yet.'))]));
  const used = (facet?.values || []).filter((v) => v.partners > 0).length;
  $('values-count').textContent = facet ? used + ' ' + facet.label.toLowerCase() + ' in the directory' : '';
}

async function removeName(facet, v, name) {
  const query = new URLSearchParams({ facet: facet.key, value: v.value, phrase: name });
  show(await api('DELETE', '/api/admin/taxonomy/synonyms?' + query));
  toast('"' + name + '" no longer means ' + v.value + '.', 'success');
}

onSubmit($('synonym-form'), async (form) => {
  const body = { facet: $('synonym-facet').value, phrase: $('synonym-phrase').value.trim(), value: $('synonym-value').value };
  show(await api('POST', '/api/admin/taxonomy/synonyms', body));
  form.reset();
  fillValues($('synonym-value'), $('synonym-facet').value, false);
  $('show-facet').value = body.facet;
  renderValues();
  toast('"' + body.phrase + '" now means ' + body.value + '.', 'success');
});

onSubmit($('tier-form'), async (form) => {
  const tiers = $('tier-order').value.split('>').map((t) => t.trim()).filter(Boolean);
  show(await api('PUT', '/api/admin/taxonomy/tier-order', { tiers }));
  form.reset();
  toast('Tier order: ' + view.tierOrder.tiers.join(' > ') + '.', 'success');
});

$('learnt-tiers').addEventListener('click', (e) => busy(e.currentTarget, async () => {
  show(await api('PUT', '/api/admin/taxonomy/tier-order', { tiers: [] }));
  toast('The tier order is learnt from the directory again.', 'success');
}).catch(() => {}));

onSubmit($('merge-form'), async () => {
  const facet = facetOf($('merge-facet').value);
  const from = facet.values.find((v) => v.value === $('merge-from').value);
  const into = facet.values.find((v) => v.value === $('merge-into').value);
  if (!from || !into || from.value === into.value) {
    toast('Choose two different values to merge.', 'error');
    return;
  }
  const partners = from.partners === 1 ? '1 partner' : from.partners + ' partners';
  if (!await confirmAction('Merge "' + valueLabel(from) + '" into "' + valueLabel(into) + '"? ' + partners + ' with "'
    + from.value + '" get "' + into.value + '", and "' + from.value + '" becomes one of its names. '
    + 'Splitting them again means editing those partners.', 'Merge into ' + into.value, { danger: true })) return;
  const merged = await api('POST', '/api/admin/taxonomy/merges', { facet: facet.key, from: from.value, into: into.value });
  show(merged.taxonomy);
  $('show-facet').value = facet.key;
  renderValues();
  toast('Merged "' + from.value + '" into "' + into.value + '": ' + merged.partnersUpdated.length + (merged.partnersUpdated.length === 1 ? ' partner' : ' partners') + ' updated.', 'success');
});

onSubmit($('upload-form'), async (form) => {
  const file = $('yaml-file').files[0];
  const report = $('upload-report');
  report.hidden = true;
  if (!await confirmAction('Replace the whole taxonomy with ' + file.name + '? Synonyms, tier order and merged spellings '
    + 'not in the file are dropped (download the current file first to keep a copy).', 'Replace the taxonomy')) return;
  try {
    const body = new Blob([await file.text()], { type: 'application/yaml' });
    show(await api('PUT', '/api/admin/taxonomy/yaml', body));
  } catch (e) {
    report.replaceChildren(el('p', { class: 'error', role: 'alert' }, file.name + ' was not imported: ' + e.message + ' Nothing was changed.'));
    report.hidden = false;
    throw e;
  }
  form.reset();
  report.replaceChildren(el('p', { class: 'counts' }, 'Imported ' + file.name + '.'),
    view.warnings.length ? el('ul', { class: 'warnings' }, view.warnings.map((w) => el('li', null, w))) : null);
  report.hidden = false;
  toast('The taxonomy from ' + file.name + ' is in use.', 'success');
});

$('synonym-facet').addEventListener('change', () => fillValues($('synonym-value'), $('synonym-facet').value, false));
$('merge-facet').addEventListener('change', () => {
  fillValues($('merge-from'), $('merge-facet').value, true);
  fillValues($('merge-into'), $('merge-facet').value, true);
  differentInto();
});
$('show-facet').addEventListener('change', renderValues);
$('values-filters').addEventListener('submit', (e) => e.preventDefault());
load().catch((e) => toast(e, 'error'));
