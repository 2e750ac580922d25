/*
 * ONLYOFFICE Docs simulator: the browser API (DocsAPI.DocEditor), served at
 * /web-apps/apps/api/documents/api.js. It checks the config like the real api.js (_checkConfigParams),
 * replaces the placeholder with the editor iframe and relays the editor's events to config.events.
 * The server fills in the version and fallback base markers below.
 */
(function (window, document) {
  'use strict';

  var VERSION = '__SIM_VERSION__';
  var FALLBACK_BASE = '__SIM_BASE__';
  var API_PATH = /\/web-apps\/apps\/api\/documents\/api\.js(?:[?#].*)?$/;

  // The editor lives next to api.js, wherever the browser loaded it from.
  var base = (function () {
    var script = document.currentScript;
    var src = script && script.src;
    if (!src || !API_PATH.test(src)) {
      var scripts = document.getElementsByTagName('script');
      for (var i = scripts.length - 1; i >= 0; i--) {
        if (API_PATH.test(scripts[i].src)) { src = scripts[i].src; break; }
      }
    }
    return src && API_PATH.test(src) ? src.replace(API_PATH, '') : FALLBACK_BASE;
  })();

  var FILE_TYPES = {
    word: 'doc docm docx dot dotm dotx epub fb2 fodt gdoc hml htm html hwp hwpx md mht mhtml odt ott pages rtf stw sxw txt wps wpt xml oform docxf',
    cell: 'csv et ett fods gsheet numbers ods ots sxc xls xlsb xlsm xlsx xlt xltm xltx',
    slide: 'dps dpt fodp gslides key odg odp otp pot potm potx pps ppsm ppsx ppt pptm pptx sxi',
    pdf: 'djvu oxps pdf xps',
    diagram: 'vsdm vsdx vssm vssx vstm vstx'
  };
  var EDITOR_APPS = { word: 'documenteditor', cell: 'spreadsheeteditor', slide: 'presentationeditor', pdf: 'pdfeditor', diagram: 'visioeditor' };
  var DEPRECATED_TYPES = { text: 'word', spreadsheet: 'cell', presentation: 'slide' };
  var PLATFORM_PAGES = { desktop: 'main', mobile: 'mobile', embedded: 'embed' };
  // Events whose presence switches a UI feature on (editorConfig.canXxx = !!events.onXxx).
  var CAN_FLAGS = {
    onRequestEditRights: 'canRequestEditRights', onRequestClose: 'canRequestClose', onRequestRefreshFile: 'canRequestRefreshFile',
    onRequestHistory: 'canUseHistory', onRequestHistoryClose: 'canHistoryClose', onRequestRestore: 'canHistoryRestore',
    onRequestSaveAs: 'canRequestSaveAs', onRequestInsertImage: 'canRequestInsertImage', onRequestUsers: 'canRequestUsers',
    onRequestSendNotify: 'canRequestSendNotify', onMakeActionLink: 'canMakeActionLink', onRequestRename: 'canRename',
    onRequestSharingSettings: 'canRequestSharingSettings', onRequestCreateNew: 'canRequestCreateNew',
    onRequestReferenceData: 'canRequestReferenceData', onRequestOpen: 'canRequestOpen',
    onRequestSelectDocument: 'canRequestSelectDocument', onRequestSelectSpreadsheet: 'canRequestSelectSpreadsheet',
    onRequestReferenceSource: 'canRequestReferenceSource', onRequestStartFilling: 'canStartFilling', onSubmit: 'canSubmit'
  };

  function typeOfFile(ext) {
    for (var t in FILE_TYPES) {
      if ((' ' + FILE_TYPES[t] + ' ').indexOf(' ' + ext + ' ') >= 0) return t;
    }
    return null;
  }

  function randomKey() {
    var s = '';
    for (var i = 0; i < 20; i++) s += Math.floor(Math.random() * 16).toString(16);
    return s;
  }

  /** Normalises the config in place; returns an error text, or null when it is usable. */
  function checkConfig(config) {
    var doc = config.document;
    if (!doc || typeof doc !== 'object') return 'The "document" object of the config is missing.';
    if (!doc.url) return 'The "document.url" parameter of the config is not set.';
    var hasFileType = typeof doc.fileType === 'string' && doc.fileType !== '';
    var hasDocType = typeof config.documentType === 'string' && config.documentType !== '';
    if (!hasFileType && !hasDocType) return 'One of the config parameters "document.fileType" or "documentType" must be set.';
    if (hasFileType) {
      doc.fileType = doc.fileType.toLowerCase();
      var derived = typeOfFile(doc.fileType);
      if (!derived) return 'The "document.fileType" parameter of the config is invalid: "' + doc.fileType + '".';
      if (!hasDocType) config.documentType = derived;
    }
    var docType = String(config.documentType).toLowerCase();
    if (DEPRECATED_TYPES[docType]) {
      console.warn('documentType "' + docType + '" is deprecated since 6.1, use "' + DEPRECATED_TYPES[docType] + '".');
      docType = DEPRECATED_TYPES[docType];
    }
    if (!EDITOR_APPS[docType]) return 'The "documentType" parameter of the config is invalid: "' + config.documentType + '".';
    config.documentType = docType;
    if (doc.key === undefined || doc.key === null || doc.key === '') {
      doc.key = randomKey();
      console.warn('document.key is not set: a random key is used, co-editing will not work.');
    } else if (typeof doc.key !== 'string') {
      return 'The "document.key" parameter of the config must be a string.';
    }
    if (!doc.title) doc.title = 'Unnamed.' + (doc.fileType || '');
    config.editorConfig = config.editorConfig || {};
    var user = config.editorConfig.user;
    if (user && typeof user.id === 'number') {
      user.id = String(user.id);
      console.warn('editorConfig.user.id must be a string; the number was converted.');
    }
    return null;
  }

  /** Plain data of the config (no functions), safe for postMessage's structured clone. */
  function plainConfig(config) {
    var copy = {};
    for (var k in config) if (k !== 'events') copy[k] = config[k];
    return JSON.parse(JSON.stringify(copy));
  }

  var instances = 0;

  function DocEditor(placeholderId, config) {
    config = config || {};
    var events = config.events || {};
    var frameId = 'docsim-' + (++instances) + '-' + randomKey().slice(0, 6);
    var placeholder = document.getElementById(placeholderId);
    var iframe = null;
    var sessionId = null;
    var editor = this instanceof DocEditor ? this : Object.create(DocEditor.prototype);

    function fire(name, data) {
      var handler = events[name];
      if (typeof handler !== 'function') return;
      var event = { target: editor };
      if (arguments.length > 1) event.data = data;
      handler(event);
    }

    function fail(text) {
      window.alert(text);
      fire('onError', { errorCode: -1, errorDescription: text });
    }

    function toFrame(command, payload, data) {
      if (!iframe || !iframe.contentWindow) return;
      var msg = { docsim: 'api', frame: frameId, command: command };
      if (payload) msg.config = payload;
      if (data !== undefined) msg.data = JSON.parse(JSON.stringify(data));
      iframe.contentWindow.postMessage(msg, '*');
    }

    function prepared(cfg) {
      var problem = checkConfig(cfg);
      if (problem) { fail(problem); return null; }
      for (var ev in CAN_FLAGS) cfg.editorConfig[CAN_FLAGS[ev]] = !!events[ev];
      if (cfg.token) cfg.document.token = cfg.token;
      return plainConfig(cfg);
    }

    function onMessage(e) {
      var m = e.data;
      if (!m || m.docsim !== 'editor' || m.frame !== frameId) return;
      if (e.source && iframe && e.source !== iframe.contentWindow) return;
      switch (m.event) {
        case 'loaded': toFrame('init', initial); break;
        case 'session': sessionId = m.data; break;
        case 'appReady': fire('onAppReady'); fire('onReady'); break;
        case 'documentReady': fire('onDocumentReady'); break;
        case 'documentStateChange': fire('onDocumentStateChange', !!m.data); break;
        case 'info': fire('onInfo', m.data); break;
        case 'error': fire('onError', m.data); break;
        case 'warning': fire('onWarning', m.data); break;
        case 'requestRefreshFile': fire('onRequestRefreshFile'); break;
        case 'requestClose': fire('onRequestClose'); break;
        // The editor's own Insert image / Compare / Mail merge buttons ask the host for a file.
        case 'requestInsertImage': fire('onRequestInsertImage', m.data); break;
        case 'requestSelectDocument': fire('onRequestSelectDocument', m.data); break;
        case 'requestSelectSpreadsheet': fire('onRequestSelectSpreadsheet', m.data); break;
        case 'requestHistory': fire('onRequestHistory'); break;
        case 'requestHistoryData': fire('onRequestHistoryData', m.data); break;
        case 'requestHistoryClose': fire('onRequestHistoryClose'); break;
        case 'requestRestore': fire('onRequestRestore', m.data); break;
        // People: mention lists, protected-range lists, avatars; and a comment that mentions people.
        case 'requestUsers': fire('onRequestUsers', m.data); break;
        case 'requestSendNotify': fire('onRequestSendNotify', m.data); break;
        // File menu: Save copy as {fileType, title, url}, Rename (the new name without extension), and the title
        // every editor receives after the host's meta command (docs-api §2.4, §6).
        case 'requestSaveAs': fire('onRequestSaveAs', m.data); break;
        case 'requestRename': fire('onRequestRename', m.data); break;
        case 'metaChange': fire('onMetaChange', m.data); break;
        case 'requestEditRights': fire('onRequestEditRights'); break;
        case 'makeActionLink': fire('onMakeActionLink', m.data); break;
        case 'requestCreateNew': fire('onRequestCreateNew'); break;
        // Spreadsheets' external links: Update values, Change source, Open source (docs-api §2.4).
        case 'requestReferenceData': fire('onRequestReferenceData', m.data); break;
        case 'requestReferenceSource': fire('onRequestReferenceSource', m.data); break;
        case 'requestOpen': fire('onRequestOpen', m.data); break;
      }
    }

    // The frame may be gone before it can close its session, so the page closes it too (idempotent).
    function closeBeacon() {
      if (!sessionId) return;
      var body = JSON.stringify({ sessionId: sessionId });
      if (navigator.sendBeacon) { navigator.sendBeacon(base + '/__sim/close', body); return; }
      var xhr = new XMLHttpRequest(); // text/plain keeps it a simple cross-origin request (no preflight)
      xhr.open('POST', base + '/__sim/close');
      xhr.setRequestHeader('Content-Type', 'text/plain');
      xhr.send(body);
    }

    // Methods the host may call; the ones without a simulated effect only log.
    editor.destroyEditor = function () {
      window.removeEventListener('message', onMessage);
      toFrame('destroy');
      closeBeacon();
      if (iframe && iframe.parentNode) {
        if (placeholder) iframe.parentNode.replaceChild(placeholder, iframe);
        else iframe.parentNode.removeChild(iframe);
      }
      iframe = null;
    };
    editor.refreshFile = function (newConfig) {
      var cfg = prepared(newConfig || {});
      if (cfg) toFrame('init', cfg);
    };
    editor.requestClose = function () { toFrame('requestClose'); };
    // Files for the editor: passed on as plain data; the editor frame has the simulator check and download them.
    ['insertImage', 'setRequestedDocument', 'setRequestedSpreadsheet', 'setReferenceData', 'setReferenceSource'].forEach(function (name) {
      editor[name] = function (data) { toFrame(name, null, JSON.parse(JSON.stringify(data === undefined ? null : data))); };
    });
    // Version history: the host answers onRequestHistory / onRequestHistoryData with these.
    editor.refreshHistory = function (data) { toFrame('refreshHistory', null, data || {}); };
    editor.setHistoryData = function (data) { toFrame('setHistoryData', null, data || {}); };
    editor.showMessage = function (text) { toFrame('showMessage', null, String(text)); };
    // The host's answer to onRequestUsers.
    editor.setUsers = function (data) { toFrame('setUsers', null, data === undefined ? null : data); };
    // The answer to onMakeActionLink: the editor shows the link for the user to copy.
    editor.setActionLink = function (link) { toFrame('setActionLink', null, String(link)); };
    ['denyEditingRights',
      'setSharingSettings',
      'setMailMergeRecipients', 'setRevisedFile', 'setFavorite', 'startFilling', 'downloadAs', 'serviceCommand',
      'processSaveResult', 'processRightsChange', 'processMouse', 'grabFocus', 'blurFocus', 'setEmailAddresses']
      .forEach(function (name) {
        editor[name] = function () { console.info('[docsim] DocEditor.' + name + ' is not simulated'); };
      });

    if (!placeholder) { fail('The placeholder element "' + placeholderId + '" does not exist.'); return editor; }
    var initial = prepared(config);
    if (!initial) return editor;

    var page = PLATFORM_PAGES[config.type] || 'main';
    iframe = document.createElement('iframe');
    iframe.name = 'frameEditor';
    iframe.title = 'ONLYOFFICE Docs simulator';
    iframe.setAttribute('data-docsim-frame', frameId);
    iframe.setAttribute('allowfullscreen', '');
    iframe.style.border = '0';
    iframe.width = config.width || '100%';
    iframe.height = config.height || '100%';
    iframe.src = base + '/web-apps/apps/' + EDITOR_APPS[initial.documentType] + '/' + page + '/index.html' +
      '?frameEditorId=' + encodeURIComponent(placeholderId) + '&docsimFrame=' + encodeURIComponent(frameId);
    window.addEventListener('message', onMessage);
    placeholder.parentNode.replaceChild(iframe, placeholder);
    return editor;
  }

  DocEditor.version = function () { return VERSION; };
  DocEditor.warmUp = function () {};

  window.DocsAPI = window.DocsAPI || {};
  window.DocsAPI.DocEditor = DocEditor;
})(window, document);
