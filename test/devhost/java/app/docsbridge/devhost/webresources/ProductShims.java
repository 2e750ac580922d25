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
