// A shortlist of the chat, to share: copied as text, or downloaded as CSV or Markdown. Each partner with
// its rank, tier, type, countries, reasons, sources and the address of its profile.
import { el, copyText } from '/js/consort.js';

const absolute = (path) => new URL(path, location.origin).href;
const summary = (p) => [p.tier, p.type, (p.countries || []).join(', ')].filter(Boolean).join(' · ');

function evidence(p, citations) {
  return (p.evidence || []).map((e) => citations.find((c) => c.n === e.n) || e);
}

function text(partners, citations, question, href) {
  const lines = ['Shortlist' + (question ? ' for: ' + question : ''), ''];
  for (const p of partners) {
    lines.push(p.rank + '. ' + p.name + (summary(p) ? ' (' + summary(p) + ')' : ''));
    lines.push('   Profile: ' + absolute('/partners/' + encodeURIComponent(p.partnerId)));
    for (const r of p.reasons || []) lines.push('   - ' + r);
    for (const c of evidence(p, citations)) lines.push('   Source: ' + c.title + ' ' + absolute(href(c)));
  }
  return lines.join('\n') + '\n';
}

// A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text.
function cell(value) {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function csv(partners, citations, href) {
  const rows = [['rank', 'partner_id', 'name', 'tier', 'type', 'countries', 'reasons', 'sources', 'profile']];
  for (const p of partners) {
    rows.push([p.rank, p.partnerId, p.name, p.tier, p.type, (p.countries || []).join('; '), (p.reasons || []).join('; '),
      evidence(p, citations).map((c) => c.title + ' <' + absolute(href(c)) + '>').join('; '),
      absolute('/partners/' + encodeURIComponent(p.partnerId))]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const md = (s) => String(s ?? '').replace(/([\\`*_[\]<>#|])/g, '\\$1');

function markdown(partners, citations, question, href) {
  const lines = ['## Shortlist' + (question ? ': ' + md(question) : ''), ''];
  for (const p of partners) {
    lines.push(p.rank + '. **[' + md(p.name) + '](' + absolute('/partners/' + encodeURIComponent(p.partnerId)) + ')**'
      + (summary(p) ? ' — ' + md(summary(p)) : ''));
    for (const r of p.reasons || []) lines.push('   - ' + md(r));
    const sources = evidence(p, citations).map((c) => '[' + md(c.title) + '](' + absolute(href(c)) + ')');
    if (sources.length) lines.push('   - Sources: ' + sources.join(', '));
  }
  return lines.join('\n') + '\n';
}

/** The buttons under a shortlist; href(citation) is where a source is read. */
export function shortlistTools(partners, citations, question, href) {
  const file = (content, type, name, label) => el('a', {
    class: 'button secondary', download: name, href: URL.createObjectURL(new Blob([content], { type })) }, label);
  return el('div', { class: 'shortlist-tools', role: 'group', 'aria-label': 'Share this shortlist' },
    el('button', { type: 'button', class: 'secondary copy-shortlist', onclick: () => copyText(text(partners, citations, question, href)) },
      'Copy the shortlist'),
    file(csv(partners, citations, href), 'text/csv;charset=utf-8', 'shortlist.csv', 'CSV'),
    file(markdown(partners, citations, question, href), 'text/markdown;charset=utf-8', 'shortlist.md', 'Markdown'));
}
