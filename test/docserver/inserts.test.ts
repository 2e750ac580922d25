import jwt from 'jsonwebtoken';
import { startDocServer, DocServer } from './server';
import { FakeHost, makeConfig, openEditor, postJson, SAMPLE_DOCX, SECRET, sign } from './testkit';

// insertImage / setRequestedDocument / setRequestedSpreadsheet (docs-api §2.4): the editor takes what the token
// holds and downloads each URL with the outbox token, like document.url.
describe('files handed to the editor', () => {
  let ds: DocServer;
  let host: FakeHost;
  let sessionId: string;
  const png = Buffer.from('89504e470d0a1a0a', 'hex');

  beforeEach(async () => {
    host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    ds = await startDocServer({ secret: SECRET, saveDelayMs: 50, downloadDelayMs: 10, downloadAttempts: 1 });
    sessionId = (await openEditor(ds, makeConfig(host))).json.sessionId;
  });
  afterEach(async () => {
    await ds.close();
    await host.close();
  });

  const insert = (method: string, data: unknown, id = sessionId) => postJson(`${ds.url}/__sim/insert`, { sessionId: id, method, data });

  it('inserts a signed image: downloaded with {payload:{url}} signed by the secret', async () => {
    const url = host.serve('/files/chart.png', png);
    const object = { c: 'add', images: [{ fileType: 'png', url }] };
    const r = await insert('insertImage', { ...object, token: sign(object) });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, c: 'add', files: [{ fileType: 'png', url, bytes: png.length }] });
    const [download] = host.downloads('/files/chart.png');
    const token = String(download.headers.authorization).replace('Bearer ', '');
    expect((jwt.verify(token, SECRET) as { payload: { url: string } }).payload.url).toBe(url);
    expect(ds.state().inserts).toHaveLength(1);
  });

  it('trusts the token, not the plain object, for setRequestedDocument and setRequestedSpreadsheet', async () => {
    const signedUrl = host.serve('/files/other.docx', SAMPLE_DOCX);
    const planted = host.serve('/files/planted.docx', SAMPLE_DOCX);
    const token = sign({ c: 'compare', fileType: 'docx', url: signedUrl });
    const r = await insert('setRequestedDocument', { c: 'compare', fileType: 'docx', url: planted, token });
    expect(r.json).toMatchObject({ ok: true, files: [{ url: signedUrl }] });
    expect(host.downloads('/files/planted.docx')).toHaveLength(0);

    const sheet = host.serve('/files/budget.xlsx', Buffer.from('PK'));
    const m = { c: 'mailmerge', fileType: 'xlsx', url: sheet };
    expect((await insert('setRequestedSpreadsheet', { ...m, token: sign(m) })).json).toMatchObject({ ok: true, c: 'mailmerge' });
  });

  it('setReferenceData / setReferenceSource: the signed source with its path and referenceData, downloaded like a file', async () => {
    const sheet = host.serve('/files/budget.xlsx', Buffer.from('PK-sheet'));
    const object = { fileType: 'xlsx', key: 'k-budget', path: 'Budget.xlsx', referenceData: { fileKey: '42', instanceId: 'wiki' }, url: sheet };
    const r = await insert('setReferenceData', { ...object, token: sign(object) });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, path: 'Budget.xlsx', referenceData: { fileKey: '42', instanceId: 'wiki' }, files: [{ fileType: 'xlsx', bytes: 8 }] });
    const source = { ...object, path: 'Costs.xlsx' };
    expect((await insert('setReferenceSource', { ...source, token: sign(source) })).json).toMatchObject({ ok: true, path: 'Costs.xlsx' });
    // path is required (the formula shows it), and only the token counts.
    const { path: _path, ...noPath } = object;
    expect((await insert('setReferenceData', { ...noPath, token: sign(noPath) })).json).toMatchObject({ ok: false, error: 'path is required' });
    expect((await insert('setReferenceData', object)).json).toMatchObject({ ok: false, error: 'token missing' });
  });

  it('refuses a missing or foreign token, a failed download, a view-only session and an unknown method', async () => {
    const url = host.serve('/files/chart.png', png);
    const object = { c: 'add', images: [{ fileType: 'png', url }] };
    expect((await insert('insertImage', object)).json).toMatchObject({ ok: false, error: 'token missing' });
    expect((await insert('insertImage', { ...object, token: sign(object, 'other-secret') })).json).toMatchObject({ ok: false, error: 'token invalid' });
    const gone = { c: 'add', images: [{ fileType: 'png', url: host.url + '/files/missing.png' }] };
    const failed = await insert('insertImage', { ...gone, token: sign(gone) });
    expect(failed.status).toBe(422);
    expect(failed.json.error).toMatch(/download failed/);
    expect(host.downloads('/files/chart.png')).toHaveLength(0);

    const viewer = await openEditor(ds, makeConfig(host, { mode: 'view', user: { id: 'u2', name: 'Carol' } }));
    expect((await insert('insertImage', { ...object, token: sign(object) }, viewer.json.sessionId)).status).toBe(409);
    expect((await insert('deleteEverything', {})).status).toBe(400);
  });
});
