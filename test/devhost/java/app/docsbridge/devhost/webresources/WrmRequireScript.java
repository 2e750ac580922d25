package app.docsbridge.devhost.webresources;

/** The browser side of WRM.require: asks the REST endpoint what is missing, then loads it in order. */
final class WrmRequireScript {

    private WrmRequireScript() {
    }

    static String source(String contextPath) {
        return """
                (function () {
                  var WRM = window.WRM = window.WRM || {};
                  var endpoint = %s + '/rest/webResources/1.0/resources';
                  var loadedKeys = {};
                  var loadedContexts = {};
                  var loadedUrls = {};

                  // Everything the page already carries, from server-rendered tags and earlier requires.
                  function keysOnPage() {
                    var keys = Object.keys(loadedKeys);
                    document.querySelectorAll('[data-wrm-key]').forEach(function (el) {
                      keys.push(el.getAttribute('data-wrm-key'));
                    });
                    return keys.filter(function (k, i) { return keys.indexOf(k) === i; });
                  }

                  function load(resource) {
                    if (loadedUrls[resource.url]) return Promise.resolve();
                    loadedUrls[resource.url] = true;
                    return new Promise(function (resolve, reject) {
                      var el;
                      if (resource.resourceType === 'CSS') {
                        el = document.createElement('link');
                        el.rel = 'stylesheet';
                        el.href = resource.url;
                      } else {
                        el = document.createElement('script');
                        el.src = resource.url;
                        el.async = false;
                      }
                      el.setAttribute('data-wrm-key', resource.key);
                      el.setAttribute('data-wrm-batch-type', resource.batchType);
                      el.onload = function () { resolve(); };
                      el.onerror = function () { reject(new Error('WRM.require: cannot load ' + resource.url)); };
                      document.head.appendChild(el);
                    });
                  }

                  WRM.require = function (resources, callback) {
                    var list = typeof resources === 'string' ? [resources] : resources;
                    var r = [], c = [];
                    list.forEach(function (item) {
                      if (item.indexOf('wrc!') === 0) c.push(item.slice(4));
                      else r.push(item.indexOf('wr!') === 0 ? item.slice(3) : item);
                    });
                    var body = { r: r, c: c, xr: keysOnPage(), xc: Object.keys(loadedContexts) };
                    var done = fetch(endpoint, {
                      method: 'POST',
                      credentials: 'same-origin',
                      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                      body: JSON.stringify(body)
                    }).then(function (response) {
                      if (!response.ok) throw new Error('WRM.require: HTTP ' + response.status);
                      return response.json();
                    }).then(function (answer) {
                      return answer.resources.reduce(function (chain, resource) {
                        return chain.then(function () { return load(resource); });
                      }, Promise.resolve());
                    }).then(function () {
                      r.forEach(function (k) { loadedKeys[k] = true; });
                      c.forEach(function (k) { loadedContexts[k] = true; });
                    });
                    if (typeof callback === 'function') done.then(function () { callback(); });
                    return done;
                  };
                })();
                """.formatted(JsStrings.literal(contextPath));
    }
}
