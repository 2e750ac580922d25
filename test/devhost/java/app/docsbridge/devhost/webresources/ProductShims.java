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
        // Confluence's pages have jQuery; the app does not use it, so the global exists but refuses to work here.
        scripts.put("com.atlassian.plugins.jquery:jquery", """
                (function () {
                  if (window.jQuery) return;
                  var jQuery = function () {
                    throw new Error('dev host: jQuery is only a stand-in here; the app must not depend on it');
                  };
                  window.jQuery = window.$ = jQuery;
                })();
                """);
        scripts.put("com.atlassian.auiplugin:ajs", """
                (function () {
                  var AJS = window.AJS = window.AJS || {};
                  AJS.contextPath = function () { return %s; };
                  AJS.I18n = AJS.I18n || { getText: function (key) { return key; } };
                  AJS.params = AJS.params || {};
                  AJS.toInit = function (fn) {
                    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { fn(); });
                    else fn();
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
