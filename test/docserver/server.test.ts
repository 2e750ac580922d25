import { startDocServer, DocServer } from './server';
import { postJson } from './testkit';

describe('public endpoints', () => {
  let ds: DocServer;
  beforeAll(async () => {
    ds = await startDocServer({ secret: 'abc', version: '9.3.1.11' });
  });
  afterAll(() => ds.close());

  it('answers the healthcheck with text/plain true', async () => {
    const res = await fetch(`${ds.url}/healthcheck`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('true');
  });

  it('serves api.js defining DocsAPI.DocEditor with the version', async () => {
    const res = await fetch(`${ds.url}/web-apps/apps/api/documents/api.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const js = await res.text();
    expect(js).toContain('window.DocsAPI');
    expect(js).toContain('DocEditor.version = function () { return VERSION; }');
    expect(js).toContain("var VERSION = '9.3.1.11'");
    expect(() => new Function(js)).not.toThrow(); // valid JavaScript
  });

  it.each(['documenteditor', 'spreadsheeteditor', 'presentationeditor', 'pdfeditor', 'visioeditor'])('serves the %s page with the documented element ids', async (app) => {
    const html = await (await fetch(`${ds.url}/web-apps/apps/${app}/main/index.html`)).text();
    for (const id of ['sim-title', 'sim-mode', 'sim-users', 'sim-document', 'sim-text', 'sim-close', 'sim-status', 'sim-error']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('aria-label="Document text"');
    const script = await fetch(`${ds.url}/web-apps/apps/${app}/main/sim-editor.js`);
    expect(script.status).toBe(200);
    const source = await script.text();
    expect(() => new Function(source)).not.toThrow();
  });

  it('answers 404 for unknown routes and 405 for wrong methods', async () => {
    expect((await fetch(`${ds.url}/nothing/here`)).status).toBe(404);
    expect((await fetch(`${ds.url}/web-apps/apps/wordeditor/main/index.html`)).status).toBe(404);
    expect((await fetch(`${ds.url}/__sim/unknown`)).status).toBe(404);
    expect((await fetch(`${ds.url}/command`)).status).toBe(405);
    expect((await fetch(`${ds.url}/healthcheck`, { method: 'POST' })).status).toBe(405);
  });

  it('rejects malformed control requests loudly', async () => {
    const notJson = await fetch(`${ds.url}/__sim/open`, { method: 'POST', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await postJson(`${ds.url}/__sim/open`, { token: 'x' })).status).toBe(400);
    expect((await postJson(`${ds.url}/__sim/edit`, { sessionId: 'nope', text: 'a' })).status).toBe(404);
    expect((await postJson(`${ds.url}/__sim/edit`, { sessionId: 'nope' })).status).toBe(400);
  });

  it('publishes /meta/config and /meta/formats (9.3+)', async () => {
    const meta = await (await fetch(`${ds.url}/meta/config`)).json();
    expect(meta.authorization).toEqual({ header: 'Authorization', prefix: 'Bearer ' });
    expect(meta.urls.converter).toBe('/converter');
    const formats = await (await fetch(`${ds.url}/meta/formats`)).json();
    expect(formats.find((f: { name: string }) => f.name === 'docx').type).toBe('word');
  });

  it('exposes state and reset', async () => {
    const state = await (await fetch(`${ds.url}/__sim/state`)).json();
    expect(state).toEqual({ version: '9.3.1.11', jwt: true, sessions: [], conversions: [], historyDownloads: [], inserts: [] });
    expect((await postJson(`${ds.url}/__sim/reset`, {})).json).toEqual({ ok: true });
    expect(ds.state().sessions).toEqual([]);
  });
});

describe('startDocServer options', () => {
  it('uses publicUrl in the url it reports', async () => {
    const ds = await startDocServer({ publicUrl: 'https://docs.example/' });
    try {
      expect(ds.url).toBe('https://docs.example');
      expect(ds.port).toBeGreaterThan(0);
      expect(ds.state().jwt).toBe(false);
    } finally {
      await ds.close();
    }
  });
});
