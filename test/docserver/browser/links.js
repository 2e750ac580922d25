/*
 * ONLYOFFICE Docs simulator: external links between spreadsheets (docs-api §2.4; ONLYOFFICE "Inserting external
 * data"), on top of editor.js, in the spreadsheet editor only.
 *  - "Copy cells" puts the sheet's document.referenceData, its title, sheet and cell on the clipboard (the
 *    simulator's clipboard is localStorage, shared by the simulator's frames like the system clipboard).
 *  - "Paste link" (editing, onRequestReferenceData declared, clipboard from the same instanceId: the real editor
 *    offers no paste by link across systems) adds ='[title]Sheet1'!A1 with the source's referenceData.
 *  - "Enter formula" adds a typed ='[name]Sheet1'!A1 (path only, as the editor then sends) or
 *    =IMPORTRANGE("url","A1") (link only).
 *  - Each link: "Update values" fires onRequestReferenceData {referenceData, path, link}; "Change source" fires
 *    onRequestReferenceSource {referenceData, path}; "Open source" fires onRequestOpen {referenceData, path,
 *    windowName}. The answers setReferenceData / setReferenceSource are checked (token, path) and their url
 *    downloaded by the simulator (POST /__sim/insert); {error} is shown in the editor's error box.
 */
(function (window, document) {
  'use strict';

  var CLIPBOARD = 'docsim.clipboard';
  var sim = window.docsim;
  if (document.body.getAttribute('data-editor') !== 'spreadsheeteditor') return;
  var root = window.location.pathname.replace(/\/web-apps\/apps\/.*$/, '');
  var el = {
    panel: document.getElementById('sim-links-panel'),
    copy: document.getElementById('sim-copy-cells'),
    paste: document.getElementById('sim-paste-link'),
    formula: document.getElementById('sim-link-formula'),
    formulaAdd: document.getElementById('sim-link-formula-add'),
    error: document.getElementById('sim-links-error'),
    list: document.getElementById('sim-links-list')
  };
  var links = [];
  var pending = null;
  var shown = '';

  function config() { return sim.session().config || {}; }
  function flag(name) { var c = config(); return !!(c.editorConfig && c.editorConfig[name]); }
  function editing() { var s = sim.session(); return s.mode === 'edit' && !s.closed; }
  function ownReference() { var c = config(); return (c.document && c.document.referenceData) || null; }

  function clipboard() {
    try { return JSON.parse(window.localStorage.getItem(CLIPBOARD) || 'null'); } catch (e) { return null; }
  }

  function render() {
    var s = sim.session();
    el.panel.hidden = !s.config;
    var clip = clipboard();
    var own = ownReference();
    el.paste.hidden = !(flag('canRequestReferenceData') && editing() && clip && clip.referenceData && own &&
      clip.referenceData.instanceId === own.instanceId);
    el.formula.hidden = el.formulaAdd.hidden = !(flag('canRequestReferenceData') && editing());
    // The view is polled every second: rebuild the list only when something changed, so buttons stay put.
    var signature = JSON.stringify([links, s.mode, s.closed, !!s.config]);
    if (signature === shown) return;
    shown = signature;
    el.list.textContent = '';
    links.forEach(function (link, i) {
      var li = document.createElement('li');
      li.setAttribute('data-link', String(i + 1));
      if (link.state) li.setAttribute('data-state', link.state);
      var formula = document.createElement('code');
      formula.textContent = link.link ? '=IMPORTRANGE("' + link.link + '","A1")' : "='[" + link.path + "]Sheet1'!A1";
      li.appendChild(formula);
      var note = document.createElement('span');
      note.className = 'sim-link-note';
      note.textContent = link.note || '';
      li.appendChild(note);
      button(li, 'Update values', 'update', flag('canRequestReferenceData') && editing(), function () {
        ask(link, 'setReferenceData', 'requestReferenceData', { referenceData: link.referenceData, path: link.path, link: link.link });
      });
      button(li, 'Change source', 'change-source', flag('canRequestReferenceSource') && editing(), function () {
        ask(link, 'setReferenceSource', 'requestReferenceSource', { referenceData: link.referenceData, path: link.path });
      });
      button(li, 'Open source', 'open-source', flag('canRequestOpen'), function () {
        var windowName = 'sim-source-' + Math.random().toString(16).slice(2, 10);
        link.windowName = windowName;
        sim.toApi('requestOpen', { referenceData: link.referenceData, path: link.path, windowName: windowName });
      });
      el.list.appendChild(li);
    });
  }

  function button(li, label, action, shown, onClick) {
    if (!shown) return;
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('data-action', action);
    b.addEventListener('click', onClick);
    li.appendChild(b);
  }

  function ask(link, method, event, data) {
    pending = { link: link, method: method };
    link.state = 'loading';
    link.note = 'Waiting for the host…';
    el.error.hidden = true;
    render();
    sim.toApi(event, JSON.parse(JSON.stringify(data)));
  }

  function showError(text) {
    el.error.hidden = false;
    el.error.textContent = text;
  }

  function answer(method, data) {
    var p = pending;
    if (!p || p.method !== method) return;
    pending = null;
    var link = p.link;
    if (data && typeof data.error === 'string') {
      link.state = 'error';
      link.note = '';
      showError(data.error);
      render();
      return;
    }
    var s = sim.session();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', root + '/__sim/insert');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      var r = null;
      try { r = JSON.parse(xhr.responseText); } catch (e) { /* reported below */ }
      if (!r || !r.ok) {
        link.state = 'error';
        link.note = '';
        showError('The external data could not be loaded: ' + ((r && r.error) || 'HTTP ' + xhr.status));
      } else {
        if (method === 'setReferenceSource' || !link.referenceData) {
          link.path = r.path;
          link.referenceData = r.referenceData;
          link.link = undefined;
        }
        link.state = 'updated';
        var file = r.files[0];
        link.note = (method === 'setReferenceSource' ? 'Source changed to ' : 'Values updated from ') + r.path + ' (' + file.fileType + ', ' + file.bytes + ' bytes)';
      }
      render();
    };
    xhr.send(JSON.stringify({ sessionId: s.sessionId, method: method, data: data }));
  }

  el.copy.addEventListener('click', function () {
    var c = config();
    window.localStorage.setItem(CLIPBOARD, JSON.stringify({ referenceData: ownReference(), path: c.document && c.document.title, sheet: 'Sheet1', range: 'A1' }));
    el.copy.textContent = 'Copied';
    render();
  });
  el.paste.addEventListener('click', function () {
    var clip = clipboard();
    if (!clip) return;
    links.push({ referenceData: clip.referenceData, path: clip.path });
    render();
  });
  el.formulaAdd.addEventListener('click', function () {
    var value = el.formula.value.trim();
    var path = /^='?\[([^\]]+)\][^!]*'?!\$?[A-Z]+\$?\d+$/.exec(value);
    var importRange = /^=IMPORTRANGE\("([^"]+)"\s*[,;]\s*"[^"]*"\)$/i.exec(value);
    if (path) links.push({ path: path[1] });
    else if (importRange) links.push({ link: importRange[1] });
    else { showError('Not a formula with an external reference: ' + value); return; }
    el.formula.value = '';
    render();
  });
  window.addEventListener('storage', render);

  sim.onCommand('setReferenceData', function (data) { answer('setReferenceData', data); });
  sim.onCommand('setReferenceSource', function (data) { answer('setReferenceSource', data); });
  sim.onView(render);
})(window, document);
