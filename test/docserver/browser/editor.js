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
    insertImage: document.getElementById('sim-insert-image'),
    compare: document.getElementById('sim-compare'),
    mailMerge: document.getElementById('sim-mail-merge'),
    inserted: document.getElementById('sim-inserted'),
    history: document.getElementById('sim-history'),
    historyPanel: document.getElementById('sim-history-panel'),
    historyStatus: document.getElementById('sim-history-status'),
    historyList: document.getElementById('sim-history-list'),
    historyClose: document.getElementById('sim-history-close'),
    version: document.getElementById('sim-version'),
    versionTitle: document.getElementById('sim-version-title'),
    versionNote: document.getElementById('sim-version-note'),
    versionDoc: document.getElementById('sim-version-doc'),
    versionPoints: document.getElementById('sim-version-points'),
    message: document.getElementById('sim-message'),
    saveAsType: document.getElementById('sim-save-as-type'),
    saveAs: document.getElementById('sim-save-as'),
    renameTitle: document.getElementById('sim-rename-title'),
    rename: document.getElementById('sim-rename'),
    editRights: document.getElementById('sim-edit-rights'),
    makeLink: document.getElementById('sim-make-link'),
    createNew: document.getElementById('sim-create-new'),
    actionLink: document.getElementById('sim-action-link'),
    actionTarget: document.getElementById('sim-action-target'),
    close: document.getElementById('sim-close')
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

  // For the editor's other scripts (people.js): send events, read the session, take host commands, follow views.
  var hooks = { commands: {}, views: [] };
  window.docsim = {
    toApi: function (event, data) { toApi(event, data); },
    session: function () { return { config: st.config, mode: st.mode, closed: st.closed, sessionId: st.sessionId }; },
    onCommand: function (name, handler) { hooks.commands[name] = handler; },
    onView: function (listener) { hooks.views.push(listener); }
  };

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

  function editorFlag(name) {
    return !!(st.config && st.config.editorConfig && st.config.editorConfig[name]);
  }

  // ---------- version history (docs-api §2.4) ----------

  var hist = { current: null, items: [], urls: {} };

  function openHistory() {
    el.historyPanel.hidden = false;
    el.version.hidden = true;
    el.historyList.textContent = '';
    el.historyStatus.textContent = 'Loading versions…';
    document.body.setAttribute('data-history', 'loading');
    toApi('requestHistory');
  }

  function text(tag, className, value) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = value;
    return node;
  }

  function renderHistory(data) {
    el.historyPanel.hidden = false;
    el.historyList.textContent = '';
    if (data.error) {
      el.historyStatus.textContent = String(data.error);
      document.body.setAttribute('data-history', 'error');
      return;
    }
    hist.current = data.currentVersion;
    hist.items = Array.isArray(data.history) ? data.history : [];
    el.historyStatus.textContent = hist.items.length + ' versions';
    hist.items.slice().reverse().forEach(function (h) {
      var li = document.createElement('li');
      li.setAttribute('data-version', String(h.version));
      if (h.version === hist.current) li.setAttribute('aria-current', 'true');
      var user = h.user || {};
      if (user.image) {
        var img = document.createElement('img');
        img.className = 'sim-avatar';
        img.src = user.image;
        img.alt = '';
        li.appendChild(img);
      }
      li.appendChild(text('strong', 'sim-version-number', 'Version ' + h.version));
      li.appendChild(text('span', 'sim-created', String(h.created || '')));
      li.appendChild(text('span', 'sim-author', String(user.name || '')));
      if (h.comment) li.appendChild(text('span', 'sim-comment', String(h.comment)));
      if (Array.isArray(h.changes) && h.changes.length) {
        var names = h.changes.map(function (c) { return (c.user && c.user.name) || ''; });
        li.appendChild(text('span', 'sim-changes', h.changes.length + ' changes by ' + names.join(', ')));
      }
      var view = text('button', null, 'View');
      view.type = 'button';
      view.setAttribute('data-action', 'view');
      view.addEventListener('click', function () { requestVersion(h.version); });
      li.appendChild(view);
      if (editorFlag('canHistoryRestore') && h.version !== hist.current) {
        var restore = text('button', null, 'Restore');
        restore.type = 'button';
        restore.setAttribute('data-action', 'restore');
        restore.addEventListener('click', function () {
          toApi('requestRestore', { version: h.version, url: hist.urls[h.version], fileType: hist.fileTypes && hist.fileTypes[h.version] });
        });
        li.appendChild(restore);
      }
      el.historyList.appendChild(li);
    });
    document.body.setAttribute('data-history', 'ready');
    // Like DS, show the current version right away.
    if (hist.current) requestVersion(hist.current);
  }

  function requestVersion(version) {
    el.version.hidden = false;
    el.versionTitle.textContent = 'Version ' + version;
    el.versionNote.textContent = 'Loading…';
    el.versionDoc.textContent = '';
    el.versionPoints.textContent = '';
    el.versionPoints.hidden = true;
    el.version.setAttribute('data-version', String(version));
    el.version.setAttribute('data-state', 'loading');
    toApi('requestHistoryData', version);
  }

  // The change list's points: DS offers to restore the document as it was right after each change.
  function renderPoints(version, points) {
    el.versionPoints.textContent = '';
    el.versionPoints.hidden = points.length === 0;
    points.forEach(function (point, i) {
      var li = document.createElement('li');
      li.setAttribute('data-point', String(i + 1));
      li.appendChild(text('span', 'sim-point', 'After change ' + (i + 1) + ' by ' + ((point.user && point.user.name) || 'someone')));
      if (editorFlag('canHistoryRestore')) {
        var restore = text('button', null, 'Restore this point');
        restore.type = 'button';
        restore.setAttribute('data-action', 'restore-point');
        restore.addEventListener('click', function () {
          toApi('requestRestore', { version: version, url: point.url, fileType: point.fileType });
        });
        li.appendChild(restore);
      }
      el.versionPoints.appendChild(li);
    });
  }

  function showVersion(data) {
    if (data.error) {
      el.versionNote.textContent = String(data.error);
      el.version.setAttribute('data-state', 'error');
      return;
    }
    hist.urls[data.version] = data.url;
    hist.fileTypes = hist.fileTypes || {};
    hist.fileTypes[data.version] = data.fileType;
    call('POST', root + '/__sim/history-data', { data: data }).then(function (r) {
      var v = r.data;
      if (String(data.version) !== el.version.getAttribute('data-version')) return; // another version was chosen
      if (!v.ok) {
        el.versionNote.textContent = (v.errorDescription || 'The version could not be shown') + (v.errorCode ? ' (code ' + v.errorCode + ')' : '');
        el.version.setAttribute('data-state', 'error');
        return;
      }
      var changed = {};
      (v.changes || []).forEach(function (c) {
        c.paragraphs.forEach(function (p) { (changed[p] = changed[p] || []).push(c.user.name); });
      });
      var before = {};
      (v.previousParagraphs || []).forEach(function (p) { before[p] = (before[p] || 0) + 1; });
      el.versionDoc.textContent = '';
      var marks = 0;
      v.paragraphs.forEach(function (p) {
        var para = document.createElement('p');
        if (changed[p] && !before[p]) {
          var mark = text('mark', null, p);
          mark.setAttribute('data-author', changed[p].join(', '));
          mark.title = 'Changed by ' + changed[p].join(', ');
          para.appendChild(mark);
          marks++;
        } else {
          if (before[p]) before[p]--;
          para.textContent = p;
        }
        el.versionDoc.appendChild(para);
      });
      renderPoints(data.version, v.points || []);
      el.versionNote.textContent = v.changes ? marks + ' changes highlighted' : (v.changesError || 'No change data for this version');
      el.version.setAttribute('data-state', 'ready');
      el.version.setAttribute('data-highlights', String(marks));
    }, function (e) {
      el.versionNote.textContent = 'Cannot reach the document server: ' + e.message;
      el.version.setAttribute('data-state', 'error');
    });
  }

  function showMessage(value) {
    el.message.hidden = false;
    el.message.textContent = value;
  }

  // ---------- File menu: Save copy as, Rename (docs-api §2.4) ----------

  // The formats "Save copy as" offers per document type (mirrors SAVE_AS_TYPES in saveAs.ts).
  var SAVE_AS_TYPES = { word: ['docx', 'odt', 'pdf', 'rtf', 'txt'], cell: ['xlsx', 'ods', 'csv', 'pdf'], slide: ['pptx', 'odp', 'pdf'], pdf: ['pdf'], diagram: ['pdf'] };

  function renderFileActions(v) {
    var saveAs = editorFlag('canRequestSaveAs') && !st.closed;
    el.saveAs.hidden = el.saveAsType.hidden = !saveAs;
    var types = SAVE_AS_TYPES[v.documentType] || [];
    if (saveAs && el.saveAsType.options.length !== types.length) {
      el.saveAsType.textContent = '';
      types.forEach(function (t) {
        var option = document.createElement('option');
        option.value = t;
        option.textContent = t.toUpperCase();
        el.saveAsType.appendChild(option);
      });
    }
    var rename = editorFlag('canRename') && v.mode === 'edit' && !st.closed;
    el.rename.hidden = el.renameTitle.hidden = !rename;
    // "Edit current file" in the viewer: only when the host declared onRequestEditRights and the document's
    // permissions allow editing (permissions.edit true with mode "view").
    var perms = (st.config && st.config.document && st.config.document.permissions) || {};
    el.editRights.hidden = !(editorFlag('canRequestEditRights') && v.mode === 'view' && perms.edit === true && !st.closed);
    el.makeLink.hidden = !editorFlag('canMakeActionLink') || st.closed;
    // File > Create New: shown when the host gave editorConfig.createUrl (or declared onRequestCreateNew).
    el.createNew.hidden = !((st.config && st.config.editorConfig && st.config.editorConfig.createUrl) || editorFlag('canRequestCreateNew'));
    // Opened from an action link: the editor scrolls to the bookmark or comment it names.
    var link = st.config && st.config.editorConfig && st.config.editorConfig.actionLink;
    var action = link && link.action;
    el.actionTarget.hidden = !action;
    if (action) el.actionTarget.textContent = 'Opened at ' + action.type + ' ' + action.data;
  }

  function saveCopyAs() {
    if (!st.sessionId || st.closed) return;
    setStatus('Preparing a copy…');
    call('POST', root + '/__sim/save-as', { sessionId: st.sessionId, fileType: el.saveAsType.value }).then(function (r) {
      if (!r.data.ok) { setStatus('The copy could not be made: ' + (r.data.error || 'HTTP ' + r.status)); return; }
      setStatus(st.mode === 'edit' ? 'All changes saved' : 'Read only');
      toApi('requestSaveAs', { fileType: r.data.fileType, title: r.data.title, url: r.data.url });
    });
  }

  function renderView(v) {
    // A new title from the host's meta command reaches every editor as onMetaChange.
    if (st.title !== undefined && st.title !== v.title) toApi('metaChange', { title: v.title });
    st.title = v.title;
    renderFileActions(v);
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
    el.history.hidden = !editorFlag('canUseHistory');
    el.historyClose.hidden = !editorFlag('canHistoryClose');
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
    hooks.views.forEach(function (listener) { listener(v); });
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
    st.title = undefined;
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
  el.saveAs.addEventListener('click', saveCopyAs);
  el.editRights.addEventListener('click', function () { toApi('requestEditRights'); });
  // Like the editor: with createUrl, Create New opens it in a new window; otherwise it fires onRequestCreateNew.
  el.createNew.addEventListener('click', function () {
    var url = st.config && st.config.editorConfig && st.config.editorConfig.createUrl;
    if (url) window.open(url, '_blank');
    else toApi('requestCreateNew');
  });
  // "Get link to bookmark": the editor asks the host for a link to its bookmark "Intro".
  el.makeLink.addEventListener('click', function () {
    toApi('makeActionLink', { action: { type: 'bookmark', data: 'Intro' } });
  });
  // Like the editor's Rename: the host gets the new name without the extension.
  el.rename.addEventListener('click', function () { toApi('requestRename', el.renameTitle.value); });
  el.history.addEventListener('click', openHistory);
  el.historyClose.addEventListener('click', function () {
    el.historyPanel.hidden = true;
    document.body.removeAttribute('data-history');
    toApi('requestHistoryClose');
  });

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
    } else if (m.command === 'refreshHistory') {
      renderHistory(m.data || {});
    } else if (m.command === 'setHistoryData') {
      showVersion(m.data || {});
    } else if (m.command === 'setActionLink') {
      el.actionLink.hidden = false;
      el.actionLink.textContent = m.data;
    } else if (m.command === 'showMessage') {
      showMessage(m.data);
    } else if (hooks.commands[m.command]) {
      hooks.commands[m.command](m.data);
    } else if (m.command === 'requestClose') {
      closedByUser();
    } else if (m.command === 'destroy') {
      stopPolling();
      beaconClose();
    }
  });

  toApi('loaded');
})(window, document);
