package app.docsbridge.devhost.webresources;

import app.docsbridge.devhost.descriptor.DownloadResource;
import app.docsbridge.devhost.descriptor.WebResourceModule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small stand-ins for the product web-resources the app's bundles depend on (WRM globals, AJS). They define only
 * what the app uses; anything else from the product is deliberately absent so that a new dependency shows up here.
 */
public final class ProductShims {

    static final String WRM_PLUGIN = "com.atlassian.plugins.atlassian-plugins-webresource-plugin";
    static final String WRM_REST = "com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager";
    public static final String EDITOR_MACRO_BROWSER = "confluence.editor.actions:editor-macro-browser";

    private final Map<String, String> scripts = new LinkedHashMap<>();

    public ProductShims(String contextPath) {
        String cp = JsStrings.literal(contextPath);
        scripts.put(WRM_PLUGIN + ":context-path", """
                (function () {
                  var WRM = window.WRM = window.WRM || {};
                  WRM.contextPath = function () { return %s; };
                })();
                """.formatted(cp));
        scripts.put(WRM_PLUGIN + ":i18n", """
                (function () {
                  var WRM = window.WRM = window.WRM || {};
                  // Real texts are inlined by the server's jsI18n transformer; calls that reach this return the key.
                  WRM.I18n = WRM.I18n || { getText: function (key) { return key; } };
                })();
                """);
        scripts.put(WRM_PLUGIN + ":data", """
                (function () {
                  var WRM = window.WRM = window.WRM || {};
                  WRM.data = WRM.data || { claim: function () { return undefined; } };
                })();
                """);
        scripts.put(WRM_PLUGIN + ":format", """
                (function () {
                  var WRM = window.WRM = window.WRM || {};
                  WRM.format = function (message) {
                    var args = Array.prototype.slice.call(arguments, 1);
                    return String(message).replace(/\\{(\\d+)\\}/g, function (whole, i) {
                      return args[i] === undefined ? whole : String(args[i]);
                    }).replace(/''/g, "'");
                  };
                })();
                """);
        scripts.put(WRM_REST, WrmRequireScript.source(contextPath));
        // Confluence's pages have jQuery, and AUI makes it AJS.$ (AUI src/js/aui/jquery.js, ajs.js). The app's bundles
        // do not import it, but product code on the same page calls it at load time, so the stand-in behaves like
        // jQuery for the calls pages make on load (ready callbacks, selecting, events, classes and attributes);
        // any other method is missing, as a jQuery plugin that is not loaded is, and calling it fails loudly.
        scripts.put("com.atlassian.plugins.jquery:jquery", """
                (function () {
                  if (window.jQuery) return;
                  function ready(fn) {
                    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { fn(jQuery); });
                    else setTimeout(function () { fn(jQuery); }, 0); // jQuery 3 calls ready handlers asynchronously
                  }
                  function Collection(nodes) {
                    for (var i = 0; i < nodes.length; i++) this[i] = nodes[i];
                    this.length = nodes.length;
                  }
                  function jQuery(arg, context) {
                    if (typeof arg === 'function') { ready(arg); return new Collection([document]); }
                    if (arg instanceof Collection) return arg;
                    if (arg == null || arg === '') return new Collection([]);
                    if (typeof arg === 'string') {
                      if (/^\\s*</.test(arg)) {
                        var box = document.createElement('div');
                        box.innerHTML = arg.trim();
                        return new Collection(Array.prototype.slice.call(box.childNodes));
                      }
                      var root = context ? jQuery(context)[0] : document;
                      return new Collection(root ? Array.prototype.slice.call(root.querySelectorAll(arg)) : []);
                    }
                    if (typeof arg.length === 'number' && arg !== window && !arg.nodeType) return new Collection(Array.prototype.slice.call(arg));
                    return new Collection([arg]);
                  }
                  var fn = Collection.prototype;
                  fn.jquery = '3.5.1-devhost';
                  fn.each = function (cb) { for (var i = 0; i < this.length; i++) if (cb.call(this[i], i, this[i]) === false) break; return this; };
                  fn.get = function (i) { return i === undefined ? Array.prototype.slice.call(this) : this[i < 0 ? this.length + i : i]; };
                  fn.ready = function (cb) { ready(cb); return this; };
                  fn.find = function (selector) {
                    var found = [];
                    this.each(function () { if (this.querySelectorAll) found.push.apply(found, this.querySelectorAll(selector)); });
                    return new Collection(found);
                  };
                  fn.on = function (type, handler) {
                    var types = String(type).split(/\\s+/);
                    return this.each(function () { var el = this; types.forEach(function (t) { el.addEventListener(t.split('.')[0], handler); }); });
                  };
                  fn.off = function (type, handler) {
                    var types = String(type).split(/\\s+/);
                    return this.each(function () { var el = this; types.forEach(function (t) { el.removeEventListener(t.split('.')[0], handler); }); });
                  };
                  fn.trigger = function (type) { return this.each(function () { this.dispatchEvent(new CustomEvent(type, { bubbles: true })); }); };
                  fn.attr = function (name, value) {
                    if (value === undefined) return this[0] && this[0].getAttribute ? (this[0].getAttribute(name) ?? undefined) : undefined;
                    return this.each(function () { this.setAttribute(name, value); });
                  };
                  fn.text = function (value) {
                    if (value === undefined) return Array.prototype.map.call(this, function (el) { return el.textContent; }).join('');
                    return this.each(function () { this.textContent = value; });
                  };
                  fn.addClass = function (names) { return this.each(function () { this.classList.add.apply(this.classList, String(names).split(/\\s+/).filter(Boolean)); }); };
                  fn.removeClass = function (names) { return this.each(function () { this.classList.remove.apply(this.classList, String(names).split(/\\s+/).filter(Boolean)); }); };
                  fn.hasClass = function (name) { return Array.prototype.some.call(this, function (el) { return el.classList && el.classList.contains(name); }); };
                  // Form methods the macro browser calls on fields (macro-browser-editor.js, -fields.js).
                  fn.val = function (value) {
                    if (value === undefined) return this[0] ? this[0].value : undefined;
                    return this.each(function () { this.value = value; });
                  };
                  fn.prop = function (name, value) {
                    if (value === undefined) return this[0] ? this[0][name] : undefined;
                    return this.each(function () { this[name] = value; });
                  };
                  fn.change = function (handler) { return handler ? this.on('change', handler) : this.trigger('change'); };
                  fn.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
                  fn.show = function () { return this.each(function () { this.style.display = ''; }); };
                  fn.append = function (content) {
                    var nodes = typeof content === 'string' ? jQuery(content).get() : jQuery(content).get();
                    return this.each(function (i) { var el = this; nodes.forEach(function (n) { el.appendChild(i === 0 ? n : n.cloneNode(true)); }); });
                  };
                  jQuery.fn = jQuery.prototype = fn;
                  jQuery.extend = function () { return Object.assign.apply(Object, arguments); };
                  jQuery.each = function (list, cb) { Array.prototype.forEach.call(list, function (v, i) { cb.call(v, i, v); }); return list; };
                  jQuery.noop = function () {};
                  window.jQuery = window.$ = jQuery;
                })();
                """);
        scripts.put("com.atlassian.auiplugin:ajs", """
                (function () {
                  var AJS = window.AJS = window.AJS || {};
                  AJS.contextPath = function () { return %s; };
                  AJS.I18n = AJS.I18n || { getText: function (key) { return key; } };
                  AJS.params = AJS.params || {};
                  // As AUI: AJS.$ is the page's jQuery, and toInit runs on jQuery's ready and logs what throws
                  // instead of breaking the other init functions (AUI src/js/aui/to-init.js).
                  AJS.$ = window.jQuery;
                  AJS.toInit = function (fn) {
                    AJS.$(function () {
                      try { fn.apply(this, arguments); } catch (e) { console.error('Failed to run init function: ' + e); }
                    });
                    return this;
                  };
                })();
                """.formatted(cp));

        // The editor's macro browser (loaded by Confluence's editor, never on view pages): the app's macro-browser
        // resource depends on it, as the ONLYOFFICE connector's does.
        scripts.put(EDITOR_MACRO_BROWSER, """
                (function () {
                  // The editor's macro browser (AJS.MacroBrowser), as far as an app's field override meets it. Modelled on
                  // Confluence's own macro-browser-js (module com.atlassian.confluence.plugins.confluence-macro-browser:
                  // macro-browser-js; js/macro-browser.js, macro-browser-editor.js, macro-browser-fields.js, soy/macro-browser.soy),
                  // and as strict: an override's field must be a {paramDiv, input, setValue, getValue} of jQuery objects; the value
                  // is read back with $('#macro-param-NAME').val() (a checkbox's checked state); a value equal to its default is
                  // left out; Insert stays disabled while a required parameter is empty; beforeParamsSet / beforeParamsRetrieved
                  // run where Confluence runs them. Metadata comes from the page (Confluence fetches browse-macros-details.action).
                  var $ = window.jQuery;
                  var MB = {};
                  var overrides = {};
                  MB.jsOverrides = overrides;
                  MB.fields = {};
                  MB.getMacroJsOverride = function (name) { return overrides[name]; };
                  MB.setMacroJsOverride = function (name, override) { overrides[name] = override; return overrides[name]; };
                  MB.paramChanged = function () { MB.processRequiredParameters(); };
                  MB.processRequiredParameters = function () {
                    var empty = Array.prototype.some.call(document.querySelectorAll('#macro-insert-container .macro-param-div.required .macro-param-input'),
                      function (input) { return input.value === null || input.value === ''; });
                    var ok = document.querySelector('#macro-browser-dialog button.ok');
                    if (ok) ok.disabled = empty;
                    return !empty;
                  };
                  // macro-browser-fields.js: the common shape of a field; change events re-check the required parameters.
                  MB.Field = function (paramDiv, input, options) {
                    options = options || {};
                    input.change(options.onchange || MB.paramChanged);
                    return {
                      paramDiv: paramDiv,
                      input: input,
                      setValue: options.setValue || function (value) { input.val(value); },
                      getValue: options.getValue || function () { return input.val(); }
                    };
                  };
                  function textField(param, options) {
                    var div = $('<div class="macro-param-div"><label></label><input type="text" class="text"/></div>');
                    var input = div.find('input');
                    if (param.required) input.on('keyup', MB.processRequiredParameters);
                    return MB.Field(div, input, options);
                  }
                  MB.ParameterFields = {
                    string: textField,
                    // Confluence's attachment field is a select filled by /json/attachmentsearch.action, its content field an
                    // autocomplete; the stand-in keeps their form (a select, a text input) without the searches.
                    attachment: function (param, options) {
                      var div = $('<div class="macro-param-div"><label></label><select class="select"></select></div>');
                      return MB.Field(div, div.find('select'), options);
                    },
                    'confluence-content': textField,
                    'boolean': function (param, options) {
                      var div = $('<div class="checkbox macro-param-div boolean-param"><input class="checkbox" type="checkbox" value="true"/><label></label></div>');
                      var input = div.find('input');
                      options = options || {};
                      options.setValue = options.setValue || function (value) {
                        if (/true/i.test(value) || (/true/i.test(param.defaultValue) && !/false/i.test(value))) input.prop('checked', true);
                      };
                      return MB.Field(div, input, options);
                    }
                  };
                  // macro-browser-editor.js: the div of one parameter; an override's field wins over the standard one.
                  function parameterDiv(metadata, param, override) {
                    var type = param.type.name;
                    var made;
                    if (override) {
                      var byType = override.fields && override.fields[type];
                      if (byType && typeof byType !== 'function') byType = byType[param.name];
                      if (typeof byType === 'function') made = byType.call(override, param);
                    }
                    if (!made) {
                      if (!(type in MB.ParameterFields) || typeof MB.ParameterFields[type] !== 'function') type = 'string';
                      made = MB.ParameterFields[type](param);
                    }
                    MB.fields[param.name] = made;
                    var div = made.paramDiv;
                    var id = 'macro-param-' + param.name;
                    div.attr('id', 'macro-param-div-' + param.name);
                    made.input.addClass('macro-param-input').attr('id', id);
                    if (param.hidden) div.hide();
                    $('label', div).attr('for', id).text(param.displayName);
                    if (param.required) {
                      var label = div.find('label');
                      label.text(label.text() + ' *');
                      div.addClass('required');
                    }
                    if (param.description) div.append('<div class="macro-param-desc">' + param.description + '</div>');
                    return div;
                  }
                  MB.getMacroDefinitionFromForm = function (metadata) {
                    var params = {};
                    metadata.formDetails.parameters.forEach(function (param) {
                      var input = $('#macro-param-' + param.name);
                      var value = input.val();
                      if (input.attr('type') === 'checkbox') value = '' + input.prop('checked');
                      if (value && (param.hidden || !param.defaultValue || param.defaultValue != value)) params[param.name] = value;
                    });
                    var override = overrides[metadata.macroName];
                    if (override && typeof override.beforeParamsRetrieved === 'function') params = override.beforeParamsRetrieved(params, metadata, {});
                    return { name: metadata.macroName, params: params };
                  };
                  // Opens the browser on one macro (the Insert menu, or editing a macro on the page); an override's opener wins.
                  MB.open = function (settings) {
                    var name = settings.presetMacroName || (settings.selectedMacro && settings.selectedMacro.name);
                    var override = overrides[name];
                    if (override && typeof override.opener === 'function') { override.opener(settings.selectedMacro || { name: name }); return; }
                    var metadata = settings.metadata;
                    MB.settings = settings;
                    MB.fields = {};
                    var dialog = document.getElementById('macro-browser-dialog');
                    var form = dialog.querySelector('.macro-input-fields form');
                    form.textContent = '';
                    metadata.formDetails.parameters.forEach(function (param) {
                      $(form).append(parameterDiv(metadata, param, override)[0]);
                    });
                    var params = $.extend({}, settings.selectedMacro ? settings.selectedMacro.params : {});
                    if (override && typeof override.beforeParamsSet === 'function') params = override.beforeParamsSet(params, !settings.selectedMacro);
                    metadata.formDetails.parameters.forEach(function (param) {
                      var value = params[param.name];
                      if (value == null) value = param.defaultValue;
                      if (value != null) MB.fields[param.name].setValue(value);
                    });
                    MB.activeMetadata = metadata;
                    dialog.hidden = false;
                    MB.processRequiredParameters();
                  };
                  MB.complete = function () {
                    var ok = document.querySelector('#macro-browser-dialog button.ok');
                    if (!ok || ok.disabled) return;
                    var definition = MB.getMacroDefinitionFromForm(MB.activeMetadata);
                    MB.close();
                    if (MB.settings.onComplete) MB.settings.onComplete(definition);
                  };
                  MB.close = function () {
                    MB.fields = {};
                    document.getElementById('macro-browser-dialog').hidden = true;
                  };
                  // macro-browser-smartfields.js: the call the official connector makes; kept so that such code runs here too.
                  MB.activateSmartFieldsAttachmentsOnPage = function (name, fileTypes) {
                    MB.setMacroJsOverride(name, { fileTypes: fileTypes, fields: {} });
                  };
                  window.AJS = window.AJS || {};
                  window.AJS.MacroBrowser = MB;
                })();
                """);
    }

    /**
     * What Confluence's superbatch puts on every decorated page before any app resource: AUI's AJS, jQuery and the
     * WRM client (../shared/reference/atlassian-api.md §10, "Page globals").
     */
    public static final List<String> SUPERBATCH = List.of("com.atlassian.plugins.jquery:jquery",
            "com.atlassian.auiplugin:ajs", WRM_PLUGIN + ":context-path", WRM_PLUGIN + ":i18n", WRM_PLUGIN + ":data",
            WRM_PLUGIN + ":format", WRM_REST);

    /** The shims as web-resources: one script each. */
    public List<WebResourceModule> modules() {
        List<WebResourceModule> modules = new ArrayList<>();
        scripts.keySet().forEach(key -> modules.add(new WebResourceModule(key, List.of(), List.of(),
                List.of(new DownloadResource(scriptName(key), "devhost-shim:" + key)), Map.of())));

        return modules;
    }

    public Optional<String> script(String completeKey, String name) {
        return name.equals(scriptName(completeKey)) ? Optional.ofNullable(scripts.get(completeKey)) : Optional.empty();
    }

    private static String scriptName(String completeKey) {
        return completeKey.substring(completeKey.indexOf(':') + 1) + ".js";
    }
}
