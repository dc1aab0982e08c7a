// Content studio page. Every value from the server is put in the page as text (textContent), never as
// HTML; previews go into a sandboxed iframe without scripts.
(function () {
  'use strict';

  // The one place that knows how the page authenticates: an API key today. With session login, return
  // {} here (and send the CSRF header) instead.
  function authHeaders() {
    var key = sessionStorage.getItem('consort.apiKey');
    return key ? { 'Authorization': 'Bearer ' + key } : {};
  }

  var state = { draft: null };
  var $ = function (id) { return document.getElementById(id); };

  function api(method, path, body) {
    var headers = Object.assign({ 'Accept': 'application/json' }, authHeaders());
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        var type = r.headers.get('Content-Type') || '';
        var parsed = type.indexOf('json') >= 0 ? r.json() : r.text();
        return parsed.then(function (data) {
          if (!r.ok) {
            var detail = data && data.detail ? data.detail : ('HTTP ' + r.status);
            throw new Error(r.status === 409 ? 'Someone changed this draft meanwhile: ' + detail : detail);
          }
          return data;
        });
      });
  }

  function say(text) { $('message').textContent = text || ''; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function loadStories() {
    return api('GET', '/api/studio/stories').then(function (stories) {
      var select = $('story');
      clear(select);
      stories.forEach(function (s) {
        var o = el('option', s.title + (s.partnerId ? ' (' + s.partnerId + ')' : ' (vendor)'));
        o.value = s.id;
        o.dataset.partner = s.partnerId || '';
        select.appendChild(o);
      });
      if (stories.length) { storyChanged(); }
    });
  }

  function storyChanged() {
    var option = $('story').selectedOptions[0];
    if (!option) { return; }
    if (!$('partner').dataset.touched) { $('partner').value = option.dataset.partner; }
    api('GET', '/api/studio/stories/' + encodeURIComponent(option.value) + '/facts').then(function (f) {
      var list = $('facts');
      clear(list);
      f.facts.forEach(function (fact) {
        var li = el('li');
        li.appendChild(el('strong', fact.field + ': '));
        li.appendChild(el('span', fact.value + (fact.detail ? ' — ' + fact.detail : '')));
        if (fact.source) { li.appendChild(el('span', ' [' + (fact.source.locator || 'source') + ']', 'hint')); }
        list.appendChild(li);
      });
    }).catch(function (e) { say(e.message); });
  }

  function showDraft(d) {
    state.draft = d;
    $('draft').hidden = false;
    $('draft-meta').textContent = d.assetType + ' · version ' + d.version + ' of ' + d.currentVersion + ' · status ' +
      d.status + ' · ' + (d.partnerId ? 'co-branded with ' + d.partnerId : 'vendor only') + ' · mode ' + d.metadata.mode;
    $('submittable').textContent = d.submittable ? 'Ready to submit for review: every claim is supported.'
      : 'Not submittable: fix the unsupported claims and brand errors below.';
    $('submittable').className = d.submittable ? 'ok' : 'blocked';

    var sections = $('sections');
    clear(sections);
    Object.keys(d.sections).forEach(function (name) {
      var id = 'section-' + name;
      var label = el('label', name.replace(/_/g, ' '));
      label.htmlFor = id;
      var area = el('textarea');
      area.id = id;
      area.name = name;
      area.value = d.sections[name];
      area.rows = Math.min(10, Math.max(2, Math.ceil(d.sections[name].length / 70)));
      sections.appendChild(label);
      sections.appendChild(area);
      sections.appendChild(highlighted(name, d.sections[name], d.claims));
    });

    var html = d.rendered.trim().charAt(0) === '<';
    $('preview').hidden = !html;
    $('preview-text').hidden = html;
    if (html) { $('preview').srcdoc = d.rendered; } else { $('preview-text').textContent = d.rendered; }

    var claims = $('claims');
    clear(claims);
    d.claims.forEach(function (c) {
      var li = el('li', null, c.supported ? 'supported' : 'unsupported');
      li.appendChild(el('strong', (c.supported ? '✔ ' : '✘ ') + c.kind + ': '));
      li.appendChild(el('mark', c.text));
      li.appendChild(el('span', ' in ' + c.section));
      if (c.source) {
        li.appendChild(el('span', ' — source: ' + (c.source.locator || 'story') + ': ', 'hint'));
        li.appendChild(el('q', c.source.excerpt));
      } else {
        li.appendChild(el('span', ' — not found in the story', 'hint'));
      }
      claims.appendChild(li);
    });
    var findings = $('findings');
    clear(findings);
    d.findings.forEach(function (f) {
      findings.appendChild(el('li', f.severity + ' · ' + f.check + ' · ' + f.message + (f.section ? ' (' + f.section + ')' : ''), f.severity));
    });
    var provenance = $('provenance');
    clear(provenance);
    d.metadata.prompts.forEach(function (p) { provenance.appendChild(el('li', p.id + '@v' + p.version + '#' + p.hash)); });
    if (d.metadata.modeNote) { provenance.appendChild(el('li', d.metadata.modeNote, 'warning')); }

    var exports = $('exports');
    clear(exports);
    (d.assetType === 'one_pager' || d.assetType === 'landing_page' ? ['html', 'pdf'] : ['md', 'html']).forEach(function (fmt) {
      var b = el('button', 'Export ' + fmt);
      b.type = 'button';
      b.addEventListener('click', function () { download(d.id, fmt); });
      exports.appendChild(b);
    });
    api('GET', '/api/studio/drafts/' + encodeURIComponent(d.id) + '/versions').then(function (versions) {
      var list = $('versions');
      clear(list);
      versions.forEach(function (v) {
        list.appendChild(el('li', 'v' + v.version + ' · ' + v.mode + ' · ' + v.createdBy + ' · ' +
          (v.submittable ? 'submittable' : v.unsupportedClaims + ' unsupported claims')));
      });
    });
  }

  // The section's text with each claim marked; built from text nodes only.
  function highlighted(section, text, claims) {
    var p = el('p', null, 'claim-preview');
    p.setAttribute('aria-label', 'Claims in ' + section);
    var mine = claims.filter(function (c) { return c.section === section; })
      .sort(function (a, b) { return a.start - b.start; });
    var at = 0;
    mine.forEach(function (c) {
      if (c.start < at) { return; }
      p.appendChild(document.createTextNode(text.substring(at, c.start)));
      var m = el('mark', text.substring(c.start, c.end), c.supported ? 'supported' : 'unsupported');
      m.title = c.supported && c.source ? 'Source: ' + c.source.excerpt : 'Not in the story';
      p.appendChild(m);
      at = c.end;
    });
    p.appendChild(document.createTextNode(text.substring(at)));
    return p;
  }

  function download(id, format) {
    fetch('/api/studio/drafts/' + encodeURIComponent(id) + '/export?format=' + format, { headers: authHeaders() })
      .then(function (r) {
        if (!r.ok) { throw new Error('Export failed: HTTP ' + r.status); }
        var name = (r.headers.get('Content-Disposition') || '').split('filename=')[1] || ('asset.' + format);
        return r.blob().then(function (blob) {
          var a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = name.replace(/"/g, '');
          a.click();
          setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
        });
      }).catch(function (e) { say(e.message); });
  }

  function start() {
    loadStories().then(function () { say(''); }).catch(function (e) { say('Enter an API key to start (' + e.message + ')'); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('key-form').addEventListener('submit', function (e) {
      e.preventDefault();
      sessionStorage.setItem('consort.apiKey', $('api-key').value.trim());
      $('api-key').value = '';
      start();
    });
    $('story').addEventListener('change', storyChanged);
    $('partner').addEventListener('input', function () { $('partner').dataset.touched = '1'; });
    $('new-draft').addEventListener('submit', function (e) {
      e.preventDefault();
      say('Writing…');
      api('POST', '/api/studio/drafts', {
        sourceDocumentId: $('story').value, partnerId: $('partner').value.trim() || null,
        assetType: $('asset-type').value, language: $('language').value.trim() || 'en'
      }).then(function (d) { say('Draft written.'); showDraft(d); }).catch(function (e) { say(e.message); });
    });
    $('edit-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var d = state.draft;
      var changed = {};
      Object.keys(d.sections).forEach(function (name) {
        var value = $('section-' + name).value;
        if (value !== d.sections[name]) { changed[name] = value; }
      });
      if (!Object.keys(changed).length) { say('Nothing changed.'); return; }
      api('PATCH', '/api/studio/drafts/' + encodeURIComponent(d.id), { expectedVersion: d.currentVersion, sections: changed })
        .then(function (n) { say('Saved as version ' + n.version + '.'); showDraft(n); }).catch(function (e) { say(e.message); });
    });
    $('regenerate').addEventListener('click', function () {
      var d = state.draft;
      api('POST', '/api/studio/drafts/' + encodeURIComponent(d.id) + '/regenerate', { expectedVersion: d.currentVersion })
        .then(function (n) { say('Regenerated as version ' + n.version + '.'); showDraft(n); }).catch(function (e) { say(e.message); });
    });
    if (sessionStorage.getItem('consort.apiKey')) { start(); }
  });
})();
