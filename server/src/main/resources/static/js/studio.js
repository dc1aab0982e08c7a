// Content studio page: the story library (upload), new drafts, the drafts list, and one draft at its own
// address (/studio/drafts/{id}) with Submit, the review's comments and its versions. Every value from the
// server is put in the page as text, never as HTML; previews go into a sandboxed iframe without scripts.
import { api, send, el, $, toast, busy, onSubmit, day, dateTime } from '/js/consort.js';

const root = $('studio-root');
const state = { draft: null };
const words = (code) => String(code || '').replace(/_/g, ' ');
const draftPath = (id) => '/studio/drafts/' + encodeURIComponent(id);

// A 409 means someone changed the draft meanwhile: say so in words a person acts on.
function stale(e) {
  if (e.status === 409) e.message = 'Someone changed this draft meanwhile. ' + e.message.replace(/\.?$/, '.') + ' Reload the page to see it.';
  throw e;
}

async function loadStories(select) {
  const stories = await api('GET', '/api/studio/stories');
  $('library-empty').hidden = stories.length > 0;
  $('stories').hidden = stories.length === 0;
  $('stories').tBodies[0].replaceChildren(...stories.map((s) => el('tr', null,
    el('td', null, s.title), el('td', null, s.fileName || ''), el('td', null, day(s.uploadedAt)),
    el('td', null, s.status === 'indexed' ? 'ready' : 'failed: ' + (s.error || 'unreadable')))));
  const ready = stories.filter((s) => s.status === 'indexed');
  $('story').replaceChildren(...ready.map((s) => el('option', { value: s.id, dataset: { partner: s.partnerId || '' } },
    s.title + (root.dataset.partner === 'true' ? '' : s.partnerId ? ' (' + s.partnerId + ')' : ' (vendor)'))));
  $('generate').disabled = ready.length === 0;
  if (select) $('story').value = select;
  if (ready.length) await storyChanged();
}

async function storyChanged() {
  const option = $('story').selectedOptions[0];
  if (!option) return;
  const partner = $('partner');
  if (partner && !partner.dataset.touched) partner.value = option.dataset.partner;
  const f = await api('GET', '/api/studio/stories/' + encodeURIComponent(option.value) + '/facts');
  $('facts').replaceChildren(...f.facts.map((fact) => el('li', null,
    el('strong', null, fact.field + ': '),
    el('span', null, fact.value + (fact.detail ? ' — ' + fact.detail : '')),
    fact.source && el('span', { class: 'hint' }, ' [' + (fact.source.locator || 'source') + ']'))));
}

async function loadDrafts() {
  const drafts = await api('GET', '/api/studio/drafts?size=100');
  $('drafts-empty').hidden = drafts.length > 0;
  $('drafts').hidden = drafts.length === 0;
  $('drafts').tBodies[0].replaceChildren(...drafts.map((d) => el('tr', { dataset: { id: d.id } },
    el('td', null, el('a', { href: draftPath(d.id), onclick: (e) => { e.preventDefault(); open(d.id, true); } },
      d.storyTitle || 'A vendor story')),
    el('td', null, words(d.assetType)), el('td', null, el('span', { class: 'state' }, words(d.status))),
    el('td', null, String(d.currentVersion)), el('td', null, dateTime(d.updatedAt)))));
}

/** Opens a draft: its current version, its review comments; push puts its address in the history. */
async function open(id, push) {
  const d = await api('GET', '/api/studio/drafts/' + encodeURIComponent(id));
  if (push) history.pushState({ draft: id }, '', draftPath(id));
  showDraft(d);
  $('draft').scrollIntoView();
}

function showDraft(d) {
  state.draft = d;
  $('draft').hidden = false;
  $('draft-title').textContent = words(d.assetType) + (d.storyTitle ? ' from “' + d.storyTitle + '”' : '');
  $('draft-meta').textContent = 'Version ' + d.version + ' of ' + d.currentVersion + ' · state ' + words(d.status) + ' · '
    + (d.partnerId ? 'co-branded with ' + d.partnerId : 'vendor only') + ' · started by ' + d.ownerName
    + ' · mode ' + d.metadata.mode;
  const canSubmit = d.status === 'draft' || d.status === 'changes_requested';
  $('submittable').textContent = !d.submittable ? 'Not submittable: fix the unsupported claims and brand errors below.'
    : d.status === 'in_review' ? 'In review: marketing decides on version ' + d.currentVersion + '.'
    : d.status === 'changes_requested' ? 'Changes requested: revise the sections below, save, then submit again.'
    : canSubmit ? 'Ready to submit for review: every claim is supported.' : 'This draft is ' + words(d.status) + '.';
  $('submittable').className = d.submittable ? 'ok' : 'blocked';
  $('submit-review').hidden = !canSubmit;
  $('submit-review').disabled = !d.submittable;
  $('review-link').href = '/review/' + encodeURIComponent(d.id);

  $('sections').replaceChildren(...Object.keys(d.sections).flatMap((name) => [
    el('label', { for: 'section-' + name }, words(name)),
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

  $('exports').replaceChildren(...d.exportFormats.map((format) => el('a', {
    class: 'button secondary', download: '',
    href: '/api/studio/drafts/' + encodeURIComponent(d.id) + '/export?format=' + format
  }, 'Export ' + format)));
  api('GET', '/api/studio/drafts/' + encodeURIComponent(d.id) + '/versions').then((versions) => {
    $('versions').replaceChildren(...versions.map((v) => el('li', null, 'v' + v.version + ' · ' + v.createdByName + ' · '
      + dateTime(v.createdAt) + ' · ' + v.mode + ' · ' + (v.submittable ? 'submittable' : v.unsupportedClaims + ' unsupported claims'))));
  }).catch((e) => toast(e, 'error'));
  api('GET', '/api/review/drafts/' + encodeURIComponent(d.id) + '/comments').then((comments) => {
    $('feedback').hidden = comments.length === 0;
    $('comments').replaceChildren(...comments.map((c) => el('li', { class: c.kind },
      el('strong', null, c.authorName || 'Someone'), ' (' + words(c.kind) + ', version ' + c.version + ', ' + dateTime(c.createdAt) + ')',
      c.anchor ? [' on ', el('q', null, c.anchor.quote), ' in ' + words(c.anchor.section)] : '', ': ', c.body)));
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

async function changed(d, message) {
  toast(message, 'success');
  showDraft(d);
  await loadDrafts();
}

$('story').addEventListener('change', () => storyChanged().catch((e) => toast(e, 'error')));
if ($('partner')) $('partner').addEventListener('input', () => { $('partner').dataset.touched = '1'; });

onSubmit($('upload-form'), async (form) => {
  const file = $('story-file').files[0];
  if (!file) { toast('Choose a file to upload first.', 'error'); return; }
  const max = Number(root.dataset.maxBytes);
  if (max && file.size > max) {
    toast('The file has ' + Math.ceil(file.size / 1048576) + ' MB; the limit is ' + Math.floor(max / 1048576) + ' MB.', 'error');
    return;
  }
  const body = new FormData();
  body.append('file', file);
  if ($('story-title').value.trim()) body.append('title', $('story-title').value.trim());
  toast('Uploading and reading the story…');
  const response = await send('POST', '/api/studio/stories', body);
  const story = await response.json();
  toast(response.status === 201 ? 'Story “' + story.title + '” added: pick an asset and generate.'
    : 'You uploaded this file before: it is “' + story.title + '”.', 'success');
  form.reset();
  await loadStories(story.id);
});

onSubmit($('new-draft'), async () => {
  toast('Writing…');
  const d = await api('POST', '/api/studio/drafts', {
    sourceDocumentId: $('story').value, partnerId: $('partner') ? $('partner').value.trim() || null : null,
    assetType: $('asset-type').value, language: $('language').value.trim() || 'en'
  }, { headers: { 'Idempotency-Key': crypto.randomUUID() } });
  history.pushState({ draft: d.id }, '', draftPath(d.id));
  await changed(d, 'Draft written.');
  $('draft').scrollIntoView();
});

onSubmit($('edit-form'), async () => {
  const d = state.draft;
  const edits = {};
  for (const name of Object.keys(d.sections)) {
    const value = $('section-' + name).value;
    if (value !== d.sections[name]) edits[name] = value;
  }
  if (!Object.keys(edits).length) { toast('Nothing changed.'); return; }
  const n = await api('PATCH', '/api/studio/drafts/' + encodeURIComponent(d.id), { expectedVersion: d.currentVersion, sections: edits })
    .catch(stale);
  await changed(n, 'Saved as version ' + n.version + '.');
});

$('regenerate').addEventListener('click', (e) => busy(e.currentTarget, async () => {
  const d = state.draft;
  const n = await api('POST', '/api/studio/drafts/' + encodeURIComponent(d.id) + '/regenerate', { expectedVersion: d.currentVersion })
    .catch(stale);
  await changed(n, 'Regenerated as version ' + n.version + '.');
}).catch(() => {}));

// lockVersion makes a second submit of the same state a 409, never a second submission
$('submit-review').addEventListener('click', (e) => busy(e.currentTarget, async () => {
  const d = state.draft;
  await api('POST', '/api/review/drafts/' + encodeURIComponent(d.id) + '/submit', { lockVersion: d.lockVersion }).catch(stale);
  const n = await api('GET', '/api/studio/drafts/' + encodeURIComponent(d.id));
  await changed(n, 'Submitted: version ' + n.currentVersion + ' is in review.');
}).catch(() => {}));

window.addEventListener('popstate', () => {
  const match = location.pathname.match(/^\/studio\/drafts\/([^/]+)$/);
  if (match) open(decodeURIComponent(match[1]), false).catch((e) => toast(e, 'error'));
  else $('draft').hidden = true;
});

loadStories().catch((e) => toast(e, 'error'));
loadDrafts().catch((e) => toast(e, 'error'));
if (root.dataset.draft) open(root.dataset.draft, false).catch((e) => toast(e, 'error'));
