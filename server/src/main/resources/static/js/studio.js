// Content studio page. Every value from the server is put in the page as text, never as HTML; previews
// go into a sandboxed iframe without scripts.
import { api, el, $, toast, busy, onSubmit } from '/js/consort.js';

const state = { draft: null };

// A 409 means someone changed the draft meanwhile: say so in words a person acts on.
function stale(e) {
  if (e.status === 409) e.message = 'Someone changed this draft meanwhile: ' + e.message;
  throw e;
}

async function loadStories() {
  const stories = await api('GET', '/api/studio/stories');
  $('story').replaceChildren(...stories.map((s) => el('option', { value: s.id, dataset: { partner: s.partnerId || '' } },
    s.title + (s.partnerId ? ' (' + s.partnerId + ')' : ' (vendor)'))));
  if (stories.length) await storyChanged();
}

async function storyChanged() {
  const option = $('story').selectedOptions[0];
  if (!option) return;
  if (!$('partner').dataset.touched) $('partner').value = option.dataset.partner;
  const f = await api('GET', '/api/studio/stories/' + encodeURIComponent(option.value) + '/facts');
  $('facts').replaceChildren(...f.facts.map((fact) => el('li', null,
    el('strong', null, fact.field + ': '),
    el('span', null, fact.value + (fact.detail ? ' — ' + fact.detail : '')),
    fact.source && el('span', { class: 'hint' }, ' [' + (fact.source.locator || 'source') + ']'))));
}

function showDraft(d) {
  state.draft = d;
  $('draft').hidden = false;
  $('draft-meta').textContent = d.assetType + ' · version ' + d.version + ' of ' + d.currentVersion + ' · status ' +
    d.status + ' · ' + (d.partnerId ? 'co-branded with ' + d.partnerId : 'vendor only') + ' · mode ' + d.metadata.mode;
  $('submittable').textContent = d.submittable ? 'Ready to submit for review: every claim is supported.'
    : 'Not submittable: fix the unsupported claims and brand errors below.';
  $('submittable').className = d.submittable ? 'ok' : 'blocked';

  $('sections').replaceChildren(...Object.keys(d.sections).flatMap((name) => [
    el('label', { for: 'section-' + name }, name.replace(/_/g, ' ')),
    sectionArea(name, d.sections[name]),
    highlighted(name, d.sections[name], d.claims)
  ]));

  const html = d.rendered.trim().charAt(0) === '<';
  $('preview').hidden = !html;
  $('preview-text').hidden = html;
  if (html) $('preview').srcdoc = d.rendered; else $('preview-text').textContent = d.rendered;

  $('claims').replaceChildren(...d.claims.map((c) => el('li', { class: c.supported ? 'supported' : 'unsupported' },
    el('strong', null, (c.supported ? '✔ ' : '✘ ') + c.kind + ': '),
    el('mark', null, c.text),
    el('span', null, ' in ' + c.section),
    c.source ? [el('span', { class: 'hint' }, ' — source: ' + (c.source.locator || 'story') + ': '), el('q', null, c.source.excerpt)]
      : el('span', { class: 'hint' }, ' — not found in the story'))));
  $('findings').replaceChildren(...d.findings.map((f) => el('li', { class: f.severity },
    f.severity + ' · ' + f.check + ' · ' + f.message + (f.section ? ' (' + f.section + ')' : ''))));
  $('provenance').replaceChildren(...d.metadata.prompts.map((p) => el('li', null, p.id + '@v' + p.version + '#' + p.hash)),
    d.metadata.modeNote ? el('li', { class: 'warning' }, d.metadata.modeNote) : '');

  const formats = d.assetType === 'one_pager' || d.assetType === 'landing_page' ? ['html', 'pdf'] : ['md', 'html'];
  $('exports').replaceChildren(...formats.map((format) => el('a', {
    class: 'button secondary', download: '',
    href: '/api/studio/drafts/' + encodeURIComponent(d.id) + '/export?format=' + format
  }, 'Export ' + format)));
  api('GET', '/api/studio/drafts/' + encodeURIComponent(d.id) + '/versions').then((versions) => {
    $('versions').replaceChildren(...versions.map((v) => el('li', null, 'v' + v.version + ' · ' + v.mode + ' · ' + v.createdBy
      + ' · ' + (v.submittable ? 'submittable' : v.unsupportedClaims + ' unsupported claims'))));
  }).catch((e) => toast(e, 'error'));
}

function sectionArea(name, text) {
  const area = el('textarea', { id: 'section-' + name, name, rows: Math.min(10, Math.max(2, Math.ceil(text.length / 70))) });
  area.value = text;
  return area;
}

// The section's text with each claim marked; built from text nodes only.
function highlighted(section, text, claims) {
  const p = el('p', { class: 'claim-preview', 'aria-label': 'Claims in ' + section });
  const mine = claims.filter((c) => c.section === section).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const c of mine) {
    if (c.start < at) continue;
    p.append(text.substring(at, c.start), el('mark', {
      class: c.supported ? 'supported' : 'unsupported',
      title: c.supported && c.source ? 'Source: ' + c.source.excerpt : 'Not in the story'
    }, text.substring(c.start, c.end)));
    at = c.end;
  }
  p.append(text.substring(at));
  return p;
}

$('story').addEventListener('change', () => storyChanged().catch((e) => toast(e, 'error')));
$('partner').addEventListener('input', () => { $('partner').dataset.touched = '1'; });
onSubmit($('new-draft'), async () => {
  toast('Writing…');
  const d = await api('POST', '/api/studio/drafts', {
    sourceDocumentId: $('story').value, partnerId: $('partner').value.trim() || null,
    assetType: $('asset-type').value, language: $('language').value.trim() || 'en'
  });
  toast('Draft written.', 'success');
  showDraft(d);
});
onSubmit($('edit-form'), async () => {
  const d = state.draft;
  const changed = {};
  for (const name of Object.keys(d.sections)) {
    const value = $('section-' + name).value;
    if (value !== d.sections[name]) changed[name] = value;
  }
  if (!Object.keys(changed).length) { toast('Nothing changed.'); return; }
  const n = await api('PATCH', '/api/studio/drafts/' + encodeURIComponent(d.id), { expectedVersion: d.currentVersion, sections: changed })
    .catch(stale);
  toast('Saved as version ' + n.version + '.', 'success');
  showDraft(n);
});
$('regenerate').addEventListener('click', (e) => busy(e.currentTarget, async () => {
  const d = state.draft;
  const n = await api('POST', '/api/studio/drafts/' + encodeURIComponent(d.id) + '/regenerate', { expectedVersion: d.currentVersion })
    .catch(stale);
  toast('Regenerated as version ' + n.version + '.', 'success');
  showDraft(n);
}).catch(() => {}));
loadStories().catch((e) => toast(e, 'error'));
