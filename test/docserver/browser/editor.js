/*
 * ONLYOFFICE Docs simulator: the script of the editor iframe (web-apps/apps/<editor>/main/index.html).
 * It receives the config from api.js, opens the session on the simulator (POST /__sim/open, where the
 * token is checked), shows the document, sends typed text and closes the session.
 */
(function (window, document) {
  'use strict';

  var EDIT_DEBOUNCE_MS = 300;
  var POLL_MS = 1000;
  var frameId = new URLSearchParams(window.location.search).get('docsimFrame');
  // The simulator's root, also when a proxy publishes it under a path prefix.
  var root = window.location.pathname.replace(/\/web-apps\/apps\/.*$/, '');
  var el = {
    title: document.getElementById('sim-title'),
    mode: document.getElementById('sim-mode'),
    status: document.getElementById('sim-status'),
    error: document.getElementById('sim-error'),
    users: document.getElementById('sim-users'),
    doc: document.getElementById('sim-document'),
    text: document.getElementById('sim-text'),
    save: document.getElementById('sim-save'),
    close: document.getElementById('sim-close'),
    insertImage: document.getElementById('sim-insert-image'),
    compare: document.getElementById('sim-compare'),
    mailMerge: document.getElementById('sim-mail-merge'),
    inserted: document.getElementById('sim-inserted')
  };
  // Buttons that ask the host for a Confluence file: [button, event to the host, its data, config flag].
  var REQUESTS = [
    [el.insertImage, 'requestInsertImage', { c: 'add' }, 'canRequestInsertImage'],
    [el.compare, 'requestSelectDocument', { c: 'compare' }, 'canRequestSelectDocument'],
    [el.mailMerge, 'requestSelectSpreadsheet', { c: 'mailmerge' }, 'canRequestSelectSpreadsheet']
  ];
  var st = { config: null, sessionId: null, mode: null, closed: false, dirty: false, sentText: '', editTimer: null, pollTimer: null, appReady: false };

  function toApi(event, data) {
    window.parent.postMessage({ docsim: 'editor', frame: frameId, event: event, data: data }, '*');
  }

  function call(method, path, body) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, path);
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.onload = function () {
        var data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { /* not JSON: reported below */ }
        resolve({ status: xhr.status, data: data || { ok: false, errorDescription: 'HTTP ' + xhr.status } });
      };
      xhr.onerror = function () { reject(new Error('network error')); };
      xhr.send(body === undefined ? null : JSON.stringify(body));
    });
  }

  function setState(name) { document.body.setAttribute('data-state', name); }
  function setStatus(text) { el.status.textContent = text; }

  function showError(code, description) {
    el.error.hidden = false;
    el.error.textContent = description + (code ? ' (code ' + code + ')' : '');
    el.text.readOnly = true;
    setState('error');
    stopPolling();
  }

  function renderView(v) {
    el.title.textContent = v.title;
    document.title = v.title + ' - ONLYOFFICE Docs simulator';
    st.mode = v.mode;
    el.mode.textContent = v.mode === 'edit' ? 'Editing' : 'Viewing';
    el.text.readOnly = v.mode !== 'edit' || st.closed;
    el.save.hidden = !v.canForcesave;
    // Like the real editor: the buttons exist only when the host declared the event, and only while editing.
    REQUESTS.forEach(function (r) {
      r[0].hidden = !(st.config && st.config.editorConfig && st.config.editorConfig[r[3]]) || v.mode !== 'edit' || st.closed;
    });
    el.users.textContent = '';
    v.users.forEach(function (u) {
      var li = document.createElement('li');
      li.setAttribute('data-user-id', u.id);
      li.textContent = u.name + (u.mode === 'edit' ? '' : ' (viewing)');
      el.users.appendChild(li);
    });
    el.doc.textContent = '';
    v.paragraphs.forEach(function (p) {
      var para = document.createElement('p');
      para.textContent = p;
      el.doc.appendChild(para);
    });
  }

  function stopPolling() {
    if (st.pollTimer) window.clearInterval(st.pollTimer);
    st.pollTimer = null;
  }

  function poll() {
    if (!st.sessionId || st.closed) return;
    call('GET', root + '/__sim/session?sessionId=' + encodeURIComponent(st.sessionId)).then(function (r) {
      if (r.status === 200 && r.data.ok && !st.closed) renderView(r.data.view);
    }, function () { setStatus('Connection lost'); });
  }

  function openDocument(config) {
    st.config = config;
    st.closed = false;
    st.dirty = false;
    st.sentText = '';
    el.text.value = '';
    el.error.hidden = true;
    setState('loading');
    setStatus('Loading…');
    if (!st.appReady) { st.appReady = true; toApi('appReady'); }
    var token = config.token || (config.document && config.document.token);
    return call('POST', root + '/__sim/open', { config: config, token: token }).then(function (r) {
      var d = r.data;
      if (d.ok) {
        st.sessionId = d.sessionId;
        toApi('session', d.sessionId);
        renderView(d.view);
        setState('ready');
        setStatus(d.view.mode === 'edit' ? 'All changes saved' : 'Read only');
        toApi('info', { mode: d.view.mode });
        toApi('documentReady');
        if (d.warning) toApi('warning', { warningCode: -1, warningDescription: d.warning });
        st.pollTimer = window.setInterval(poll, POLL_MS);
      } else if (d.refreshFile && config.editorConfig && config.editorConfig.canRequestRefreshFile) {
        showError(0, 'The file version has been changed. Waiting for a refreshed config…');
        setState('refresh');
        toApi('requestRefreshFile');
      } else {
        showError(d.errorCode, d.errorDescription || 'The document could not be opened');
        toApi('error', { errorCode: d.errorCode, errorDescription: d.errorDescription });
      }
    }, function (e) {
      showError(-1, 'Cannot reach the document server: ' + e.message);
      toApi('error', { errorCode: -1, errorDescription: e.message });
    });
  }

  function markDirty() {
    if (st.dirty) return;
    st.dirty = true;
    setStatus('Unsaved changes');
    toApi('documentStateChange', true);
  }

  function flushEdit() {
    window.clearTimeout(st.editTimer);
    st.editTimer = null;
    var text = el.text.value;
    if (!st.sessionId || st.closed) return Promise.resolve();
    if (text === st.sentText) return Promise.resolve(markClean(text));
    return call('POST', root + '/__sim/edit', { sessionId: st.sessionId, text: text }).then(function (r) {
      if (r.status !== 200 || !r.data.ok) { setStatus('Changes were not accepted: ' + (r.data.error || r.status)); return; }
      st.sentText = text;
      markClean(text);
    });
  }

  function markClean(sent) {
    if (!st.dirty || el.text.value !== sent) return;
    st.dirty = false;
    setStatus('All changes saved');
    toApi('documentStateChange', false);
  }

  function closeSession() {
    stopPolling();
    window.clearTimeout(st.editTimer);
    if (!st.sessionId || st.closed) return Promise.resolve();
    var id = st.sessionId;
    var text = st.mode === 'edit' ? el.text.value : undefined;
    st.closed = true;
    el.text.readOnly = true;
    setStatus('Closing…');
    return call('POST', root + '/__sim/close', { sessionId: id, text: text }).then(function () {
      setState('closed');
      setStatus('Closed');
    });
  }

  function closedByUser() {
    closeSession().then(function () {
      if (st.config && st.config.editorConfig && st.config.editorConfig.canRequestClose) toApi('requestClose');
    });
  }

  function beaconClose() {
    if (!st.sessionId || st.closed) return;
    st.closed = true;
    var body = JSON.stringify({ sessionId: st.sessionId, text: st.mode === 'edit' ? el.text.value : undefined });
    if (navigator.sendBeacon) navigator.sendBeacon(root + '/__sim/close', body);
    else call('POST', root + '/__sim/close', JSON.parse(body));
  }

  el.text.addEventListener('input', function () {
    if (st.mode !== 'edit' || st.closed) return;
    markDirty();
    window.clearTimeout(st.editTimer);
    st.editTimer = window.setTimeout(flushEdit, EDIT_DEBOUNCE_MS);
  });

  el.close.addEventListener('click', closedByUser);

  REQUESTS.forEach(function (r) {
    r[0].addEventListener('click', function () { toApi(r[1], r[2]); });
  });

  var INSERT_LABELS = { insertImage: 'Image inserted', setRequestedDocument: 'Document received', setRequestedSpreadsheet: 'Recipients received' };

  /** insertImage / setRequestedDocument / setRequestedSpreadsheet from the host: the simulator checks and downloads. */
  function receiveFile(method, data) {
    if (!st.sessionId || st.closed) return;
    call('POST', root + '/__sim/insert', { sessionId: st.sessionId, method: method, data: data }).then(function (r) {
      var li = document.createElement('li');
      li.setAttribute('data-method', method);
      if (r.data.ok) {
        li.setAttribute('data-ok', 'true');
        li.textContent = INSERT_LABELS[method] + (r.data.c ? ' (' + r.data.c + ')' : '') + ': ' + r.data.files.map(function (f) {
          return f.fileType + ', ' + f.bytes + ' bytes';
        }).join('; ');
      } else {
        li.setAttribute('data-ok', 'false');
        li.textContent = INSERT_LABELS[method] + ' failed: ' + (r.data.error || 'HTTP ' + r.status);
      }
      el.inserted.appendChild(li);
    });
  }

  el.save.addEventListener('click', function () {
    flushEdit().then(function () {
      return call('POST', root + '/__sim/save', { sessionId: st.sessionId });
    }).then(function (r) {
      setStatus(r.data.ok ? 'Saved to storage' : 'Nothing to save');
    });
  });

  window.addEventListener('pagehide', beaconClose);

  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.docsim !== 'api' || m.frame !== frameId) return;
    if (m.command === 'init') {
      // refreshFile() sends a new config: leave the old session first.
      (st.sessionId && !st.closed ? closeSession() : Promise.resolve()).then(function () { openDocument(m.config); });
    } else if (m.command === 'insertImage' || m.command === 'setRequestedDocument' || m.command === 'setRequestedSpreadsheet') {
      receiveFile(m.command, m.data);
    } else if (m.command === 'requestClose') {
      closedByUser();
    } else if (m.command === 'destroy') {
      stopPolling();
      beaconClose();
    }
  });

  toApi('loaded');
})(window, document);
