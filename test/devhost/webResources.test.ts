// Web-resources as Confluence's WRM serves them: files from the generated descriptor with jsI18n applied, the
// product shims, and the WRM.require REST endpoint with the shim that calls it.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { JSDOM } from 'jsdom';
import { repoRoot } from './build';
import type { RunningDevHost } from './launcher';
import { BUILD_TIMEOUT_MS, Client, i18nTexts, json, pluginKey, startTestHost } from './testkit';

const WRM_PLUGIN = 'com.atlassian.plugins.atlassian-plugins-webresource-plugin';
const WRM_MANAGER = 'com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager';

let host: RunningDevHost;
let client: Client;
let key: string;

beforeAll(async () => {
  host = await startTestHost();
  client = new Client(host.url);
  key = pluginKey();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
});

const resource = (completeKey: string, name: string) => client.get(`/download/resources/${completeKey}/${name}`);

/** Runs a served script in a sandbox with its own window object. */
function runScript(source: string, globals: Record<string, unknown> = {}): Record<string, any> {
  const window: Record<string, any> = { ...globals };
  vm.runInNewContext(source, { window, ...globals });
  return window;
}

interface WrmAnswer {
  resources: Array<{ url: string; resourceType: string; key: string; batchType: string }>;
}

const requireResources = async (body: unknown) =>
  json<WrmAnswer>(await client.fetch('/rest/webResources/1.0/resources', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }));

test('the editor bundle is served as JavaScript with every literal getText call replaced by its text', async () => {
  const raw = fs.readFileSync(path.join(repoRoot, 'target/classes/frontend/editor.js'), 'utf8');
  const keys = [...raw.matchAll(/I18n\.getText\("([^"]+)"\)/g)].map((m) => m[1]);
  expect(keys.length).toBeGreaterThan(0); // otherwise this test proves nothing

  const response = await resource(`${key}:editor-launcher`, 'editor.js');
  const served = await response.text();

  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/javascript;charset=UTF-8');
  expect(served).not.toMatch(/I18n\.getText\(\s*["']/);
  const texts = i18nTexts();
  for (const k of keys) {
    expect(served).toContain(JSON.stringify(texts[k] ?? k));
  }
  expect(() => new vm.Script(served)).not.toThrow(); // still valid JavaScript
});

test('files load through the batch prefix too (webpack public path) and unknown ones are 404', async () => {
  const direct = await (await resource(`${key}:editor-launcher`, 'editor.js')).text();
  const batched = await client.get(`/s/abc123/_/download/resources/${key}:editor-launcher/editor.js`);
  expect(batched.status).toBe(200);
  expect(await batched.text()).toBe(direct);

  expect((await resource(`${key}:editor-launcher`, 'missing.js')).status).toBe(404);
  expect((await resource(`${key}:no-such-resource`, 'editor.js')).status).toBe(404);
  expect((await resource('com.example.other:thing', 'x.js')).status).toBe(404);
});

test('the product shims define the globals the bundles use', async () => {
  const contextPath = runScript(await (await resource(`${WRM_PLUGIN}:context-path`, 'context-path.js')).text());
  expect(contextPath.WRM.contextPath()).toBe('/confluence');

  const i18n = runScript(await (await resource(`${WRM_PLUGIN}:i18n`, 'i18n.js')).text());
  expect(i18n.WRM.I18n.getText('docsbridge.some.key')).toBe('docsbridge.some.key');

  const ajs = runScript(await (await resource('com.atlassian.auiplugin:ajs', 'ajs.js')).text());
  expect(ajs.AJS.contextPath()).toBe('/confluence');
  expect((await resource(`${WRM_PLUGIN}:context-path`, 'context-path.js')).headers.get('content-type')).toMatch(/^application\/javascript/);
});

test('jQuery is AUI\'s AJS.$ and works for what pages call on load; AJS.toInit runs on ready and survives a failing init', async () => {
  // Confluence: AUI sets AJS.$ to the page's jQuery and AJS.toInit wraps jQuery's ready in a try/catch
  // (@atlassian/aui src/js/aui/to-init.js). A stand-in that throws would break any product script on the page.
  const dom = new JSDOM('<!DOCTYPE html><body><ul id="list"><li class="a">one</li><li class="a">two</li></ul></body>',
    { runScripts: 'outside-only' });
  dom.window.eval(await (await resource('com.atlassian.plugins.jquery:jquery', 'jquery.js')).text());
  dom.window.eval(await (await resource('com.atlassian.auiplugin:ajs', 'ajs.js')).text());
  const win = dom.window as unknown as { AJS: any; jQuery: any; console: Console };
  const $ = win.AJS.$;
  expect($).toBe(win.jQuery);
  expect($('#list li').length).toBe(2);
  expect($('#list').find('.a').text()).toBe('onetwo');
  $('#list li').addClass('seen').attr('data-x', '1');
  expect(dom.window.document.querySelectorAll('li.seen[data-x="1"]').length).toBe(2);
  let clicks = 0;
  $('#list').on('click', () => { clicks += 1; });
  $('#list').trigger('click');
  expect(clicks).toBe(1);
  expect($('<b>new</b>')[0].tagName).toBe('B');

  const ran: string[] = [];
  const errors: unknown[] = [];
  win.console.error = (...args: unknown[]) => { errors.push(args); };
  win.AJS.toInit(() => { throw new Error('broken init'); });
  win.AJS.toInit(() => { ran.push('second'); });
  await new Promise<void>((resolve) => { $(() => resolve()); });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(ran).toEqual(['second']);
  expect(errors).toHaveLength(1);
});

test('the WRM REST endpoint lists what to load, dependencies first, minus what the page has', async () => {
  const contextPathUrl = `/confluence/download/resources/${WRM_PLUGIN}:context-path/context-path.js`;
  const editorUrl = `/confluence/download/resources/${key}:editor-launcher/editor.js`;

  const answer = await requireResources({ r: [`${key}:editor-launcher`], c: [], xr: [], xc: [] });
  expect(answer.resources).toEqual([
    { url: contextPathUrl, resourceType: 'JAVASCRIPT', key: `${WRM_PLUGIN}:context-path`, batchType: 'resource' },
    { url: editorUrl, resourceType: 'JAVASCRIPT', key: `${key}:editor-launcher`, batchType: 'resource' },
  ]);
  for (const r of answer.resources) {
    expect((await client.get(r.url.slice('/confluence'.length))).status).toBe(200);
  }

  const withoutLoaded = await requireResources({ r: [`${key}:editor-launcher`], c: [], xr: [`${WRM_PLUGIN}:context-path`], xc: [] });
  expect(withoutLoaded.resources.map((r) => r.url)).toEqual([editorUrl]);

  const byContext = await requireResources({ r: [], c: ['atl.general'], xr: [], xc: [] });
  expect(byContext.resources.map((r) => r.key)).toContain(`${key}:attachment-actions`);
  const contextLoaded = await requireResources({ r: [`${key}:attachment-actions`], c: [], xr: [], xc: ['atl.general'] });
  expect(contextLoaded.resources).toEqual([]);

  // Async chunks: the webpack runtime asks for the context named after the chunk's complete key.
  const chunk = await requireResources({ r: [], c: [`${key}:editor-launcher`], xr: [`${WRM_PLUGIN}:context-path`], xc: [] });
  expect(chunk.resources.map((r) => r.url)).toEqual([editorUrl]);

  expect((await requireResources({ r: ['com.example:unknown'], c: [], xr: [], xc: [] })).resources).toEqual([]);
});

test('WRM.require in the page posts to the endpoint and loads each missing file in order', async () => {
  const appended: Array<Record<string, any>> = [];
  const posted: unknown[] = [];
  const document = {
    readyState: 'complete',
    querySelectorAll: () => [{ getAttribute: () => `${WRM_PLUGIN}:context-path` }], // already on the page
    createElement: (tag: string) => ({ tag, setAttribute(name: string, value: string) { this[name] = value; } }) as Record<string, any>,
    head: {
      appendChild: (el: Record<string, any>) => {
        appended.push(el);
        setTimeout(() => el.onload(), 0); // the browser loads the file
      },
    },
  };
  const pageFetch = (url: string, init: RequestInit) => {
    posted.push(JSON.parse(String(init.body)));
    return fetch(`http://127.0.0.1:${host.port}${url}`, init);
  };
  const window = runScript(await (await resource(WRM_MANAGER, 'web-resource-manager.js')).text(),
    { document, fetch: pageFetch, Promise, setTimeout });

  let callbackRan = false;
  await window.WRM.require([`wr!${key}:editor-launcher`, 'wrc!docsbridge.editor'], () => { callbackRan = true; });
  await new Promise((r) => setTimeout(r, 10));

  expect(posted).toEqual([{ r: [`${key}:editor-launcher`], c: ['docsbridge.editor'], xr: [`${WRM_PLUGIN}:context-path`], xc: [] }]);
  expect(appended.map((el) => [el.tag, el.src])).toEqual([['script', `/confluence/download/resources/${key}:editor-launcher/editor.js`]]);
  expect(callbackRan).toBe(true);

  await window.WRM.require(`wr!${key}:editor-launcher`);
  expect((posted[1] as { xr: string[] }).xr).toContain(`${key}:editor-launcher`); // remembered as loaded
  expect(appended).toHaveLength(1);
});

test('pages carry the tags of their contexts, dependencies first and each once', async () => {
  const html = await (await client.get('/')).text();
  const scripts = [...html.matchAll(/<script src="([^"]+)" data-wrm-key="([^"]+)"/g)].map((m) => m[2]);

  expect(scripts).toContain(`${key}:attachment-actions`);
  expect(scripts.indexOf(`${WRM_PLUGIN}:context-path`)).toBeLessThan(scripts.indexOf(`${key}:attachment-actions`));
  expect(new Set(scripts).size).toBe(scripts.length);
});
