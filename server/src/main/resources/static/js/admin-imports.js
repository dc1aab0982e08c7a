// Imports: a partner file (its row report: rejected rows and warnings with their lines), one document,
// and a bundle, which runs as a job: its progress bar follows the job (the address keeps ?job=<id>, so a
// reload picks it up again) and ends with the report.
import { api, el, $, toast, onSubmit } from '/js/consort.js';
import { lookUpPartner } from '/js/admin.js';

/** "1 partner", "2 partners". */
const count = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

/**
 * The report of a partner (or opportunity) import: counts, then the rejected rows and the warnings, each with
 * its line.
 */
function partnerReport(report, noun = 'partner', idLabel = 'Partner id') {
  const warnings = report.warnings || [];
  return [
    el('p', { class: 'counts' }, count(report.imported, noun) + ' imported, ' + report.updated + ' updated, '
      + count(report.rejected.length, 'row') + ' rejected' + (warnings.length ? ', ' + count(warnings.length, 'warning') : '') + '.'),
    report.rejected.length ? rows('Rejected rows', 'rejected', ['Line', idLabel, 'Reason'],
      report.rejected.map((r) => [r.line, r.id || '', r.reason])) : null,
    warnings.length ? rows('Warnings: kept as given, check them', 'warnings', ['Line', idLabel, 'Field', 'Warning'],
      warnings.map((w) => [w.line, w.id || '', w.field || '', w.message || w.reason || ''])) : null,
  ];
}

function rows(caption, name, head, data) {
  return el('div', { class: 'table-scroll', tabindex: '0', 'aria-label': caption },
    el('table', { class: 'rows ' + name },
      el('caption', null, caption),
      el('thead', null, el('tr', null, head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', null, data.map((r) => el('tr', null, r.map((v) => el('td', { class: typeof v === 'number' ? 'number' : null }, v)))))));
}

function show(box, ...children) {
  box.replaceChildren(...children.flat().filter(Boolean));
  box.hidden = false;
}

onSubmit($('partners-form'), async (form) => {
  const data = new FormData();
  data.append('file', $('partners-file').files[0]);
  const report = await api('POST', '/api/partners/import', data);
  show($('partners-report'), el('h3', null, 'Imported ' + $('partners-file').files[0].name), partnerReport(report));
  toast('Partner file imported.', 'success');
  form.reset();
});

onSubmit($('opportunities-form'), async (form) => {
  const data = new FormData();
  data.append('file', $('opportunities-file').files[0]);
  if ($('opportunities-mapping').value.trim()) data.append('mapping', $('opportunities-mapping').value.trim());
  const report = await api('POST', '/api/admin/opportunities/import', data);
  show($('opportunities-report'), el('h3', null, 'Imported ' + $('opportunities-file').files[0].name),
    partnerReport(report, 'opportunity row', 'Opportunity id'));
  toast('Opportunities imported.', 'success');
  form.reset();
});

onSubmit($('document-form'), async (form) => {
  const data = new FormData();
  data.append('file', $('document-file').files[0]);
  data.append('kind', $('document-kind').value);
  if ($('document-partner').value.trim()) data.append('partnerId', $('document-partner').value.trim());
  if ($('document-title-input').value.trim()) data.append('title', $('document-title-input').value.trim());
  const response = await api('POST', '/api/documents', data);
  const failed = response.status === 'failed';
  show($('document-report'), el('p', { class: failed ? 'error' : 'counts' },
    failed ? 'Could not be read: ' + (response.error || 'unknown reason')
      : '"' + response.title + '" is indexed as ' + response.kind.replace('_', ' ') + ' (' + count(response.chunkCount, 'passage') + ').'));
  toast(failed ? 'The document could not be read.' : 'Document indexed.', failed ? 'error' : 'success');
  if (!failed) form.reset();
});

onSubmit($('bundle-form'), async (form) => {
  const data = new FormData();
  data.append('bundle', $('bundle-file').files[0]);
  data.append('kind', $('bundle-kind').value);
  showJob({ state: 'UPLOADING' });
  const job = await api('POST', '/api/admin/import-jobs', data).catch((e) => { $('job').hidden = true; throw e; });
  history.replaceState(null, '', '/admin/imports?job=' + encodeURIComponent(job.id));
  form.reset();
  await follow(job.id);
});

const PHASE = { partners: 'Importing partners', opportunities: 'Importing opportunities', documents: 'Indexing documents', done: 'Finishing' };

function showJob(job) {
  $('job').hidden = false;
  const bar = $('job-bar');
  if (job.state === 'UPLOADING' || job.state === 'QUEUED' || !job.total) {
    bar.removeAttribute('value'); // indeterminate until the job counts
  } else {
    bar.max = job.total;
    bar.value = job.done;
  }
  $('job-state').textContent = job.state === 'UPLOADING' ? 'Uploading the bundle…'
    : job.state === 'QUEUED' ? 'Waiting for the import before it to finish…'
    : job.state === 'RUNNING' ? (PHASE[job.phase] || 'Importing') + ': ' + job.done + ' of ' + job.total
    : job.state === 'SUCCEEDED' ? 'Import finished.' : 'The import failed: ' + (job.error || 'unknown reason');
}

/** Polls the job until it ends, then shows its report. */
async function follow(id) {
  let job = await api('GET', '/api/admin/import-jobs/' + encodeURIComponent(id));
  while (job.state === 'QUEUED' || job.state === 'RUNNING') {
    showJob(job);
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await api('GET', '/api/admin/import-jobs/' + encodeURIComponent(id));
  }
  showJob(job);
  $('job-bar').max = 1;
  $('job-bar').value = job.state === 'SUCCEEDED' ? 1 : 0;
  if (job.state !== 'SUCCEEDED') {
    $('job-report').replaceChildren();
    toast('The import failed.', 'error');
    return;
  }
  const s = job.summary;
  $('job-report').replaceChildren(...[
    s.partners ? partnerReport(s.partners) : el('p', null, 'The bundle had no partner file.'),
    s.opportunities ? partnerReport(s.opportunities, 'opportunity row', 'Opportunity id') : null,
    el('p', { class: 'counts' }, count(s.documentsIndexed, 'document') + ' indexed, ' + s.documentsAlreadyPresent + ' already present, '
      + s.failures.length + ' could not be read.'),
    s.failures.length ? rows('Documents that could not be read', 'failures', ['File', 'Reason'], s.failures.map((f) => [f.file, f.reason])) : null,
  ].flat().filter(Boolean));
  toast('Import finished.', 'success');
}

lookUpPartner($('document-partner'), $('document-partner-name'));
const resume = new URLSearchParams(window.location.search).get('job');
if (resume) {
  follow(resume).catch((e) => {
    $('job').hidden = true;
    toast(e.status === 404 ? 'That import job is no longer known (finished jobs are kept for 30 days).' : e, 'error');
  });
}
