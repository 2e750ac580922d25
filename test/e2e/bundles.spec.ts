import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';

// Every script the built jar ships (webpack entries and async chunks), each loaded on a page that has the globals
// a Confluence page has: AJS, WRM and jQuery from the superbatch, and the AMD loader (define/require). A page error
// fails the test. This is how a bundle emitted without webpack's runtime was caught: the WRM webpack plugin appends
// `__webpack_require__.p = AJS.contextPath()…` to every entry, which throws a ReferenceError wherever AJS exists
// (see ../shared/reference/atlassian-api.md §10, "WRM webpack plugin runtime").

const JAR = path.resolve(__dirname, '../../target/onlyoffice-docs-confluence-1.0.0.jar');
const DESCRIPTORS = 'META-INF/plugin-descriptors/wr-webpack-bundles.xml';
const ORIGIN = 'http://confluence.test';
const CONTEXT_PATH = '/confluence';

interface JarScript {
  name: string; // path inside the jar
  source: string;
}

let browser: Browser;
let scripts: JarScript[];

beforeAll(async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(JAR));
  const descriptors = await zip.file(DESCRIPTORS)?.async('string');
  if (!descriptors) throw new Error(`${DESCRIPTORS} is missing from the jar`);
  const declared = [...descriptors.matchAll(/<resource type="download" name="[^"]*" location="([^"]+\.js)"\/>/g)].map((m) => m[1]);
  const shipped = Object.keys(zip.files).filter((name) => name.startsWith('frontend/') && name.endsWith('.js'));
  // Every script in the jar is a web-resource (or it could never load), and every web-resource script is in the jar.
  expect([...declared].sort()).toEqual([...shipped].sort());
  scripts = await Promise.all(shipped.map(async (name) => ({ name, source: await zip.file(name)!.async('string') })));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// What Confluence's superbatch defines on every decorated page (AUI's AJS, the WRM client, jQuery, almond's AMD
// loader), reduced to what a script may call at load time. The Media Viewer and Backbone modules are those of the
// file preview, where the preview button registers itself.
const PRODUCT_GLOBALS = `
(function () {
  var cp = ${JSON.stringify(CONTEXT_PATH)};
  var i18n = { getText: function (key) { return key; } };
  function jQuery(arg) { if (typeof arg === 'function') { document.addEventListener('DOMContentLoaded', arg); } return jQuery; }
  jQuery.fn = {}; jQuery.ajax = function () {}; jQuery.extend = Object.assign;
  window.jQuery = window.$ = jQuery;
  window.AJS = { contextPath: function () { return cp; }, I18n: i18n, params: {}, $: jQuery,
    toInit: function (fn) { jQuery(fn); }, format: function (m) { return m; } };
  window.WRM = { contextPath: function () { return cp; }, I18n: i18n, data: { claim: function () { return undefined; } },
    format: function (m) { return m; }, require: function () { return Promise.resolve(); } };
  var modules = {};
  window.define = function (name, deps, factory) {
    if (typeof deps === 'function') { factory = deps; deps = []; }
    modules[name] = factory.apply(null, deps.map(function (d) { return modules[d]; }));
  };
  window.define.amd = {};
  window.require = function (deps, callback) {
    if (typeof deps === 'string') return modules[deps];
    setTimeout(function () { callback.apply(null, deps.map(function (d) { return modules[d]; })); }, 0);
  };
  modules.jquery = jQuery;
  modules.backbone = { View: { extend: function (definition) {
    return function (options) {
      this.el = document.createElement(definition.tagName || 'div');
      if (definition.initialize) definition.initialize.call(this, options);
      this.render = definition.render;
    };
  } } };
  var file = { get: function (name) { return name === 'id' ? '2001' : undefined; } };
  var viewer = { getCurrentFile: function () { return file; }, getView: function () { return { fileControlsView: {
    addLayerView: function (name, View) { var view = new View({ mediaViewer: viewer }); document.body.appendChild(view.el); view.render(); window.__previewViews = (window.__previewViews || 0) + 1; }
  } }; } };
  modules.MediaViewer = { registerPlugin: function (name, plugin) { plugin(viewer); } };
})();
`;

// The markup the app's own pages carry, so that entries that look for it find it (the editor data points at a
// stand-in for the Docs server's api.js).
const PAGE_BODY = `
<div id="docsbridge-admin-root"></div>
<div id="docsbridge-editor"><div id="docsbridge-editor-placeholder"></div></div>
<div id="docsbridge-status" hidden></div>
<script type="application/json" id="docsbridge-editor-data">${JSON.stringify({
  config: { document: { title: 'Report.docx' } },
  docsApiUrl: `${ORIGIN}/docs/web-apps/apps/api/documents/api.js`,
  refreshUrl: `${CONTEXT_PATH}/plugins/servlet/onlyoffice/editor-config?attachmentId=2001`,
  goBackUrl: `${CONTEXT_PATH}/pages/viewpageattachments.action?pageId=1001`,
  fileName: 'Report.docx',
})}</script>`;

const DOCS_API_STANDIN = 'window.DocsAPI = { DocEditor: function () { window.__editorOpened = true; } };';

/** One browser context serves the stand-in Confluence: page.html?script=NAME is a page with that one jar script. */
async function confluenceContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  const byName = new Map(scripts.map((s) => [s.name, s.source]));
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === `${CONTEXT_PATH}/page.html`) {
      const name = url.searchParams.get('script') ?? '';
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ajs-context-path" content="${CONTEXT_PATH}">`
        + `<script src="${CONTEXT_PATH}/superbatch.js"></script></head><body>${PAGE_BODY}`
        + `<script src="${CONTEXT_PATH}/download/resources/app/${name}"></script></body></html>`;
      return route.fulfill({ contentType: 'text/html', body: html });
    }
    if (url.pathname === `${CONTEXT_PATH}/superbatch.js`) return route.fulfill({ contentType: 'text/javascript', body: PRODUCT_GLOBALS });
    const prefix = `${CONTEXT_PATH}/download/resources/app/`;
    if (url.pathname.startsWith(prefix) && byName.has(decodeURIComponent(url.pathname.slice(prefix.length)))) {
      return route.fulfill({ contentType: 'text/javascript', body: byName.get(decodeURIComponent(url.pathname.slice(prefix.length))) });
    }
    if (url.pathname.endsWith('/api.js')) return route.fulfill({ contentType: 'text/javascript', body: DOCS_API_STANDIN });
    return route.fulfill({ status: 404, contentType: 'application/json', body: '{}' });
  });
  return context;
}

async function loadOnConfluencePage(context: BrowserContext, script: JarScript): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}${CONTEXT_PATH}/page.html?script=${encodeURIComponent(script.name)}`, { waitUntil: 'load' });
  // Let the scripts' own promises and timers of the first turn run (an error there is a page error too).
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return { page, errors };
}

test('the jar ships the entries of every screen', () => {
  const names = scripts.map((s) => s.name);
  for (const entry of ['attachments', 'admin', 'editor', 'dialogs', 'preview']) expect(names).toContain(`frontend/${entry}.js`);
});

test('every script in the jar loads without a page error where AJS, WRM and jQuery exist', async () => {
  const context = await confluenceContext();
  const failures: string[] = [];
  for (const script of scripts) {
    const { page, errors } = await loadOnConfluencePage(context, script);
    if (errors.length) failures.push(`${script.name}: ${errors.join('; ')}`);
    await page.close();
  }
  await context.close();
  expect(failures).toEqual([]);
}, 180000);

test('the entries do their work on such a page: the editor opens, the preview registers its button', async () => {
  const context = await confluenceContext();
  const editor = await loadOnConfluencePage(context, scripts.find((s) => s.name === 'frontend/editor.js')!);
  expect(editor.errors).toEqual([]);
  await editor.page.waitForFunction(() => (window as unknown as { __editorOpened?: boolean }).__editorOpened === true);

  const preview = await loadOnConfluencePage(context, scripts.find((s) => s.name === 'frontend/preview.js')!);
  expect(preview.errors).toEqual([]);
  await preview.page.waitForFunction(() => (window as unknown as { __previewViews?: number }).__previewViews === 1);
  await context.close();
});
