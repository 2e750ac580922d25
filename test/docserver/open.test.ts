import jwt from 'jsonwebtoken';
import { startDocServer, DocServer } from './server';
import { FakeHost, makeConfig, openEditor, SAMPLE_DOCX, SECRET, sign } from './testkit';

describe('opening an editor: server-side config checks (docs-api §2.5)', () => {
  let ds: DocServer;
  let host: FakeHost;
  beforeEach(async () => {
    host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    ds = await startDocServer({ secret: SECRET, saveDelayMs: 50, downloadDelayMs: 10 });
  });
  afterEach(async () => {
    await ds.close();
    await host.close();
  });

  const refused = (r: { status: number; json: any }, code: number, text: RegExp) => {
    expect(r.status).toBe(403);
    expect(r.json.ok).toBe(false);
    expect(r.json.errorCode).toBe(code);
    expect(r.json.errorDescription).toMatch(text);
  };

  it('accepts a correctly signed config and opens it in edit mode', async () => {
    const config = makeConfig(host);
    const r = await openEditor(ds, config);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, mode: 'edit', view: { title: 'Report.docx', mode: 'edit', user: { id: 'u1', name: 'Alice' } } });
    expect(r.json.view.paragraphs).toEqual(['Sample document', 'Hello from the fixture\t& friends', '']);
    expect(ds.state().sessions[0]).toMatchObject({ key: 'key-1', loaded: true, editors: ['u1'] });
  });

  it('refuses a config without a token', async () => {
    refused(await openEditor(ds, makeConfig(host), null), -20, /not correctly formed/);
  });

  it('refuses a token signed with another secret', async () => {
    const config = makeConfig(host);
    refused(await openEditor(ds, config, sign(config, 'wrong-secret')), -20, /not correctly formed/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const config = makeConfig(host);
    const none = jwt.sign(config, '', { algorithm: 'none' });
    expect(none.endsWith('.')).toBe(true);
    refused(await openEditor(ds, config, none), -20, /not correctly formed/);
  });

  it('refuses an expired token but tolerates 60 s of clock skew', async () => {
    const config = makeConfig(host);
    const now = Math.floor(Date.now() / 1000);
    refused(await openEditor(ds, config, sign({ ...config, exp: now - 120 })), -21, /expired/);
    expect((await openEditor(ds, config, sign({ ...config, exp: now - 30 }))).status).toBe(200);
  });

  it('accepts HS384 and HS512 tokens', async () => {
    const config = makeConfig(host);
    expect((await openEditor(ds, config, sign(config, SECRET, { algorithm: 'HS384' }))).status).toBe(200);
    expect((await openEditor(ds, config, sign(config, SECRET, { algorithm: 'HS512' }))).status).toBe(200);
  });

  it.each([
    ['document.key', (t: any) => delete t.document.key],
    ['document.url', (t: any) => delete t.document.url],
    ['document.permissions', (t: any) => delete t.document.permissions],
    ['editorConfig.callbackUrl', (t: any) => delete t.editorConfig.callbackUrl],
    ['editorConfig.mode', (t: any) => delete t.editorConfig.mode],
  ])('refuses a token without the required field %s', async (field, strip) => {
    const config = makeConfig(host);
    const payload = structuredClone(config);
    strip(payload);
    refused(await openEditor(ds, config, sign(payload)), -20, new RegExp(field.replace('.', '\\.')));
  });

  it('does not require mode in the token when the page asks for view', async () => {
    const config = makeConfig(host, { mode: 'view' });
    const payload = structuredClone(config);
    delete payload.editorConfig.mode;
    const r = await openEditor(ds, config, sign(payload));
    expect(r.status).toBe(200);
    expect(r.json.mode).toBe('view');
  });

  it('denies access when the page permissions differ from the token', async () => {
    const config = makeConfig(host);
    const token = sign(config);
    config.document.permissions = { ...config.document.permissions, edit: true, print: false };
    refused(await openEditor(ds, config, token), -23, /permissions/);
  });

  it('refuses key, url or callbackUrl that contradict the token', async () => {
    const config = makeConfig(host);
    const token = sign(config);
    refused(await openEditor(ds, { ...config, document: { ...config.document, key: 'other' } }, token), -20, /document\.key/);
    refused(await openEditor(ds, { ...config, document: { ...config.document, url: host.url + '/x' } }, token), -20, /document\.url/);
  });

  it.each(['url', 'payload', 'key'])('denies a token with a top-level "%s" (replayed request token)', async (field) => {
    const config = makeConfig(host);
    refused(await openEditor(ds, config, sign({ ...config, [field]: 'x' })), -23, new RegExp(field));
  });

  it('opens the viewer for mode view or permissions.edit false, and lets the page narrow edit to view', async () => {
    const viewCfg = makeConfig(host, { mode: 'view' });
    expect((await openEditor(ds, viewCfg)).json.mode).toBe('view');
    const noEdit = makeConfig(host, { permissions: { edit: false } });
    expect((await openEditor(ds, noEdit)).json.mode).toBe('view');
    const signedEdit = makeConfig(host);
    const narrowed = structuredClone(signedEdit);
    narrowed.editorConfig.mode = 'view';
    expect((await openEditor(ds, narrowed, sign(signedEdit))).json.mode).toBe('view');
  });

  it('takes signed fields from the token (user from the token wins)', async () => {
    const config = makeConfig(host);
    const token = sign({ ...config, editorConfig: { ...config.editorConfig, user: { id: 'signed-user', name: 'Signed' } } });
    const r = await openEditor(ds, config, token);
    expect(r.json.view.user).toEqual({ id: 'signed-user', name: 'Signed' });
  });

  it('accepts the token inside config.token when the body has none', async () => {
    const config = makeConfig(host);
    const r = await openEditor(ds, { ...config, token: sign(config) }, null);
    expect(r.status).toBe(200);
  });
});

describe('opening without JWT (secret disabled)', () => {
  let host: FakeHost;
  beforeEach(async () => {
    host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
  });
  afterEach(() => host.close());

  it('cannot reach a loopback host unless allowPrivateIP (docs-api §9.3)', async () => {
    const ds = await startDocServer({ secret: null, downloadDelayMs: 5 });
    try {
      const r = await openEditor(ds, makeConfig(host), null);
      expect(r.status).toBe(502);
      expect(r.json).toMatchObject({ ok: false, errorCode: -4, errorDescription: 'Download failed' });
      expect(host.downloads('/files/report.docx')).toHaveLength(0);
      expect(ds.state().sessions[0].downloads[0].error).toMatch(/EBLOCKED/);
    } finally {
      await ds.close();
    }
  });

  it('opens with allowPrivateIP and sends no download token', async () => {
    const ds = await startDocServer({ secret: '', allowPrivateIP: true });
    try {
      const r = await openEditor(ds, makeConfig(host), null);
      expect(r.status).toBe(200);
      const [dl] = host.downloads('/files/report.docx');
      expect(dl.headers.authorization).toBeUndefined();
      expect(dl.headers['user-agent']).toBe('Node.js/6.13');
    } finally {
      await ds.close();
    }
  });
});
