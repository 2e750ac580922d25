import JSZip from 'jszip';
import { buildDocx, readDocxParagraphs } from './ooxml';
import { startDocServer, DocServer } from './server';
import { FakeHost, fetchBytes, postJson, SECRET, sign } from './testkit';

// The history viewer behind the simulator's Version History (docs-api §2.4): setHistoryData's signed object is
// checked, the version, the one before it and the change archive are downloaded with outbox tokens, and every
// change of the list becomes a point the user can restore (a file in DS's cache).
describe('history data (setHistoryData) and restore points', () => {
  let ds: DocServer;
  let host: FakeHost;
  let data: Record<string, unknown>;

  beforeEach(async () => {
    host = await FakeHost.start();
    const changes = new JSZip();
    changes.file('changes.json', JSON.stringify([
      { user: { id: 'alice', name: 'Alice' }, text: 'Alice line' },
      { user: { id: 'bob', name: 'Bob' }, text: 'Bob line\nBob second line' },
    ]));
    data = {
      version: 2,
      key: 'key-v2',
      url: host.serve('/files/v2.docx', await buildDocx(['Intro', 'Alice line', 'Bob line', 'Bob second line'])),
      fileType: 'docx',
      changesUrl: host.serve('/changes/v2.zip', await changes.generateAsync({ type: 'nodebuffer' })),
      previous: { key: 'key-v1', url: host.serve('/files/v1.docx', await buildDocx(['Intro'])), fileType: 'docx' },
    };
    ds = await startDocServer({ secret: SECRET });
  });
  afterEach(async () => {
    await ds.close();
    await host.close();
  });

  const view = (body: Record<string, unknown>) => postJson(`${ds.url}/__sim/history-data`, { data: body });

  it('shows the version with its changes and the previous version, each downloaded with a signed GET', async () => {
    const r = await view({ ...data, token: sign(data) });
    expect(r.status).toBe(200);
    expect(r.json.paragraphs).toEqual(['Intro', 'Alice line', 'Bob line', 'Bob second line']);
    expect(r.json.previousParagraphs).toEqual(['Intro']);
    expect(r.json.changes).toEqual([
      { user: { id: 'alice', name: 'Alice' }, paragraphs: ['Alice line'] },
      { user: { id: 'bob', name: 'Bob' }, paragraphs: ['Bob line', 'Bob second line'] },
    ]);
    for (const path of ['/files/v2.docx', '/files/v1.docx', '/changes/v2.zip']) {
      expect(host.downloads(path)).toHaveLength(1);
      expect(String(host.downloads(path)[0].headers.authorization)).toMatch(/^Bearer /);
    }
  });

  it('every change is a restorable point: the previous version plus the changes up to it, served from the cache', async () => {
    const r = await view({ ...data, token: sign(data) });
    const points = r.json.points as Array<{ url: string; fileType: string; user: { name: string } }>;
    expect(points.map((p) => [p.user.name, p.fileType])).toEqual([['Alice', 'docx'], ['Bob', 'docx']]);
    const first = await fetchBytes(points[0].url);
    expect(first.status).toBe(200);
    expect(await readDocxParagraphs(first.bytes)).toEqual(['Intro', 'Alice line']);
    const second = await fetchBytes(points[1].url);
    expect(await readDocxParagraphs(second.bytes)).toEqual(['Intro', 'Alice line', 'Bob line', 'Bob second line']);
    // The links are DS's signed cache links: a changed signature is refused.
    expect((await fetchBytes(points[0].url.replace(/md5=[^&]+/, 'md5=forged'))).status).toBe(403);
  });

  it('a version without a change archive or without a previous version has no points', async () => {
    const { changesUrl: _c, ...noChanges } = data;
    const r1 = await view({ ...noChanges, token: sign(noChanges) });
    expect(r1.status).toBe(200);
    expect(r1.json.changes).toBeUndefined();
    expect(r1.json.points).toBeUndefined();
    const { previous: _p, ...first } = data;
    const r2 = await view({ ...first, token: sign(first) });
    expect(r2.json.changes).toHaveLength(2);
    expect(r2.json.points).toBeUndefined();
  });

  it('refuses data whose token is missing, forged, or does not match the fields next to it (-20), downloading nothing', async () => {
    expect((await view(data)).json).toMatchObject({ ok: false, errorCode: -20 });
    expect((await view({ ...data, token: sign(data, 'another-secret-0123456789') })).json).toMatchObject({ ok: false, errorCode: -20 });
    const tampered = await view({ ...data, url: `${host.url}/files/other.docx`, token: sign(data) });
    expect(tampered.status).toBe(403);
    expect(tampered.json).toMatchObject({ ok: false, errorCode: -20 });
    expect(host.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
  });

  it('an expired token is -21', async () => {
    const r = await view({ ...data, token: sign(data, SECRET, { expiresIn: -120 }) });
    expect(r.json).toMatchObject({ ok: false, errorCode: -21 });
  });
});
