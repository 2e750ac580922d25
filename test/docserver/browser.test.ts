// api.js and the editor iframe running in jsdom against a live simulator: the browser half of the protocol.
import JSZip from 'jszip';
import { JSDOM, VirtualConsole } from 'jsdom';
import { startDocServer, DocServer } from './server';
import { FakeHost, fetchBytes, makeConfig, openEditor, SAMPLE_DOCX, SECRET, sign, typeText, closeEditor, waitFor } from './testkit';

// Waits are for conditions, so they may be long: under CI load (two cores, load average 16) jsdom plus the simulator
// took over 5 s to reach onDocumentReady.
const WAIT_MS = 20000;
jest.setTimeout(90000);

interface Fired {
  name: string;
  data?: unknown;
}

describe('api.js + editor page in a browser (jsdom)', () => {
  let ds: DocServer;
  let host: FakeHost;
  let dom: JSDOM;
  let fired: Fired[];
  let warnings: string[];

  beforeEach(async () => {
    host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    ds = await startDocServer({ secret: SECRET, saveDelayMs: 30 });
    fired = [];
    warnings = [];
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('warn', (m: string) => warnings.push(m));
    virtualConsole.on('jsdomError', (e: Error) => warnings.push(`jsdomError: ${e.message}`));
    // Two placeholders, so that one test can create a second editor.
    const html = `<!DOCTYPE html><html><body><div id="wrap"><div id="placeholder"></div><div id="second"></div></div><script src="${ds.url}/web-apps/apps/api/documents/api.js"></script></body></html>`;
    dom = new JSDOM(html, { url: `${host.url}/pages/viewpage`, runScripts: 'dangerously', resources: 'usable', pretendToBeVisual: true, virtualConsole });
    await new Promise((r) => dom.window.addEventListener('load', r));
  });

  afterEach(async () => {
    dom.window.document.querySelectorAll('iframe').forEach((f) => f.contentWindow?.close()); // stops the frames' polling
    dom.window.close();
    await ds.close();
    await host.close();
  });

  const recorder = (...names: string[]) =>
    Object.fromEntries(names.map((name) => [name, (e: { data?: unknown; target: unknown }) => fired.push('data' in e ? { name, data: e.data } : { name })]));
  const firedNames = () => fired.map((f) => f.name);
  const create = (config: Record<string, any>, placeholder = 'placeholder') => new (dom.window as any).DocsAPI.DocEditor(placeholder, config);
  const frame = () => dom.window.document.querySelector('iframe[name="frameEditor"]') as HTMLIFrameElement;
  const frameDoc = () => frame().contentDocument as Document;
  const byId = (id: string) => frameDoc().getElementById(id) as HTMLElement;

  function signed(config: Record<string, any>, events: Record<string, unknown>) {
    return { ...config, token: sign(config), events };
  }

  it('reports its version', () => {
    expect((dom.window as any).DocsAPI.DocEditor.version()).toBe('9.3.1.11');
  });

  it('opens, shows the document, sends typed text and saves on Close', async () => {
    const events = recorder('onAppReady', 'onDocumentReady', 'onInfo', 'onDocumentStateChange', 'onError', 'onRequestClose');
    create(signed(makeConfig(host), events));
    expect(dom.window.document.getElementById('placeholder')).toBeNull();
    expect(frame().src).toMatch(new RegExp(`^${ds.url}/web-apps/apps/documenteditor/main/index\\.html\\?frameEditorId=placeholder&`));

    await waitFor(() => firedNames().includes('onDocumentReady'), WAIT_MS, 'onDocumentReady');
    expect(firedNames().slice(0, 3)).toEqual(['onAppReady', 'onInfo', 'onDocumentReady']);
    expect(fired.find((f) => f.name === 'onInfo')!.data).toEqual({ mode: 'edit' });
    expect(byId('sim-title').textContent).toBe('Report.docx');
    expect(byId('sim-mode').textContent).toBe('Editing');
    expect(byId('sim-users').textContent).toContain('Alice');
    expect([...byId('sim-document').querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Sample document', 'Hello from the fixture\t& friends', '']);
    expect(frameDoc().body.getAttribute('data-state')).toBe('ready');

    const box = byId('sim-text') as HTMLTextAreaElement;
    expect(box.getAttribute('aria-label')).toBe('Document text');
    expect(box.readOnly).toBe(false);
    box.value = 'Typed in the browser';
    box.dispatchEvent(new (frame().contentWindow as any).Event('input'));
    await waitFor(() => fired.some((f) => f.name === 'onDocumentStateChange' && f.data === false), WAIT_MS, 'state change false');
    expect(fired.filter((f) => f.name === 'onDocumentStateChange').map((f) => f.data)).toEqual([true, false]);
    expect(ds.state().sessions[0].changes).toEqual([{ userId: 'u1', text: 'Typed in the browser' }]);

    byId('sim-close').click();
    await waitFor(() => firedNames().includes('onRequestClose'), WAIT_MS, 'onRequestClose');
    expect(frameDoc().body.getAttribute('data-state')).toBe('closed');
    const save = await waitFor(() => host.callbacks('main').find((c) => c.json?.status === 2), WAIT_MS, 'status 2');
    const xml = await (await JSZip.loadAsync((await fetchBytes(String(save.json!.url))).bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Typed in the browser');
    expect(firedNames()).not.toContain('onError');
  });

  it('without the matching handlers (canXxx false) Close fires nothing and a used key reports an error', async () => {
    create(signed(makeConfig(host), recorder('onDocumentReady', 'onError')));
    await waitFor(() => firedNames().includes('onDocumentReady'), WAIT_MS, 'onDocumentReady');
    byId('sim-close').click();
    await waitFor(() => frameDoc().body.getAttribute('data-state') === 'closed', WAIT_MS, 'closed');
    expect(firedNames()).toEqual(['onDocumentReady']);

    const first = await openEditor(ds, makeConfig(host, { key: 'used' }));
    await typeText(ds, first.json.sessionId, 'v2');
    await closeEditor(ds, first.json.sessionId);
    await waitFor(() => ds.state().sessions.find((x) => x.key === 'used')?.savedStatus === 'UpdateVersion', WAIT_MS, 'saved');
    fired = [];
    create(signed(makeConfig(host, { key: 'used' }), recorder('onError')), 'second');
    await waitFor(() => firedNames().includes('onError'), WAIT_MS, 'onError');
    expect(fired[0].data).toEqual({ errorCode: -23, errorDescription: 'The file version has been changed' });
  });

  it('co-editing: each frame shows the other user (polled) and both texts end up in the saved file', async () => {
    create(signed(makeConfig(host, { callback: 'alice' }), recorder('onDocumentReady')));
    create(signed(makeConfig(host, { callback: 'bob', user: { id: 'u2', name: 'Bob' } }), recorder('onDocumentReady')), 'second');
    await waitFor(() => firedNames().filter((n) => n === 'onDocumentReady').length === 2, WAIT_MS, 'both ready');
    const [fa, fb] = [...dom.window.document.querySelectorAll('iframe')].map((f) => f.contentDocument as Document);
    // The two opens race; polling brings both lists up to date within a second.
    const lists = () => [fa, fb].map((d) => d.getElementById('sim-users')!.textContent);
    await waitFor(() => lists().every((t) => t!.includes('Alice') && t!.includes('Bob')), WAIT_MS, 'both users in both frames');
    for (const [doc, text] of [[fa, 'from Alice'], [fb, 'from Bob']] as const) {
      const box = doc.getElementById('sim-text') as HTMLTextAreaElement;
      box.value = text;
      box.dispatchEvent(new (doc.defaultView as any).Event('input'));
      await waitFor(() => ds.state().sessions[0].changes.some((c) => c.text === text), 3000, text);
      (doc.getElementById('sim-close') as HTMLElement).click();
    }
    const save = await waitFor(() => host.callbacks('bob').find((c) => c.json?.status === 2), WAIT_MS, 'status 2');
    const xml = await (await JSZip.loadAsync((await fetchBytes(String(save.json!.url))).bytes)).file('word/document.xml')!.async('string');
    expect(xml.indexOf('from Bob')).toBeGreaterThan(xml.indexOf('from Alice'));
  });

  it('validates the config like api.js: alert plus onError, and no iframe', async () => {
    const alert = jest.fn();
    (dom.window as any).alert = alert;
    const config = makeConfig(host);
    config.documentType = 'spreadsheetz';
    create(signed(config, recorder('onError')));
    expect(alert).toHaveBeenCalledWith(expect.stringContaining('"documentType"'));
    expect(fired).toEqual([{ name: 'onError', data: { errorCode: -1, errorDescription: expect.stringContaining('documentType') } }]);
    expect(dom.window.document.querySelector('iframe')).toBeNull();

    const badType = makeConfig(host, { fileType: 'exe' });
    create(signed(badType, recorder('onError')));
    expect(alert).toHaveBeenLastCalledWith(expect.stringContaining('"document.fileType"'));

    const numericKey = makeConfig(host);
    numericKey.document.key = 42;
    create(signed(numericKey, recorder('onError')));
    expect(alert).toHaveBeenLastCalledWith(expect.stringContaining('"document.key"'));
  });

  it('accepts deprecated documentType names with a warning and lower-cases fileType', async () => {
    const config = makeConfig(host);
    config.documentType = 'text';
    config.document.fileType = 'DOCX';
    create({ ...config, token: sign({ ...config, document: { ...config.document, fileType: 'docx' } }), events: recorder('onDocumentReady') });
    expect(warnings.join('\n')).toContain('deprecated');
    expect(frame().src).toContain('/documenteditor/');
    await waitFor(() => firedNames().includes('onDocumentReady'), WAIT_MS, 'onDocumentReady');
  });

  it('a refused token shows the error in the frame and fires onError', async () => {
    const config = makeConfig(host);
    create({ ...config, token: sign(config, 'not-the-secret'), events: recorder('onAppReady', 'onError', 'onDocumentReady') });
    await waitFor(() => firedNames().includes('onError'), WAIT_MS, 'onError');
    expect(fired.find((f) => f.name === 'onError')!.data).toEqual({ errorCode: -20, errorDescription: expect.stringContaining('not correctly formed') });
    expect(firedNames()).not.toContain('onDocumentReady');
    expect(byId('sim-error').hidden).toBe(false);
    expect(byId('sim-error').textContent).toContain('not correctly formed');
    expect(frameDoc().body.getAttribute('data-state')).toBe('error');
  });

  it('view mode: Viewing, read-only text box, onInfo view, no callback', async () => {
    create(signed(makeConfig(host, { mode: 'view', callback: 'viewer' }), recorder('onInfo', 'onDocumentReady')));
    await waitFor(() => firedNames().includes('onDocumentReady'), WAIT_MS, 'onDocumentReady');
    expect(fired.find((f) => f.name === 'onInfo')!.data).toEqual({ mode: 'view' });
    expect(byId('sim-mode').textContent).toBe('Viewing');
    expect((byId('sim-text') as HTMLTextAreaElement).readOnly).toBe(true);
    expect(host.callbacks('viewer')).toHaveLength(0);
  });

  it('a saved key fires onRequestRefreshFile; refreshFile() with a new key opens it', async () => {
    const first = await openEditor(ds, makeConfig(host));
    await typeText(ds, first.json.sessionId, 'v2');
    await closeEditor(ds, first.json.sessionId);
    await waitFor(() => ds.state().sessions[0]?.savedStatus === 'UpdateVersion', WAIT_MS, 'saved');

    const editor = create(signed(makeConfig(host), recorder('onRequestRefreshFile', 'onDocumentReady', 'onError')));
    await waitFor(() => firedNames().includes('onRequestRefreshFile'), WAIT_MS, 'onRequestRefreshFile');
    expect(firedNames()).not.toContain('onError');
    editor.refreshFile(signed(makeConfig(host, { key: 'key-2' }), {}));
    await waitFor(() => firedNames().includes('onDocumentReady'), WAIT_MS, 'onDocumentReady');
    expect(ds.state().sessions.find((s) => s.key === 'key-2')!.editors).toEqual(['u1']);
  });

  it('destroyEditor closes the session and puts the placeholder back', async () => {
    const editor = create(signed(makeConfig(host), recorder('onDocumentReady')));
    await waitFor(() => firedNames().includes('onDocumentReady'), WAIT_MS, 'onDocumentReady');
    editor.destroyEditor();
    expect(dom.window.document.getElementById('placeholder')).not.toBeNull();
    expect(dom.window.document.querySelector('iframe')).toBeNull();
    await waitFor(() => host.callbacks('main').find((c) => c.json?.status === 4), WAIT_MS, 'status 4');
  });
});
