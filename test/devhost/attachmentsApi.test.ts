// The dev host's JSON test API: attachments (upload, delete, move, history data), faults, settings, space, people and reset.
import { createHash } from 'crypto';
import type { RunningDevHost } from './launcher';
import { BUILD_TIMEOUT_MS, Client, json, startTestHost } from './testkit';

interface Attachment {
  id: number;
  pageId: number;
  fileName: string;
  version: number;
  size: number;
  sha256: string;
  mediaType: string;
  lastModifier: string;
}

const SEEDED = ['Report.docx', 'Budget.xlsx', 'Slides.pptx', 'Form.pdf', 'Letter.odt', 'Legacy.doc', 'Diagram.vsdx',
  'Notes.txt', 'Data.csv', '<img src=x onerror=alert(1)>.docx'];

let host: RunningDevHost;
let api: Client;

beforeAll(async () => {
  host = await startTestHost({ docsUrl: 'http://docs.test', docsSecret: 's3cret', jwtHeader: 'AuthorizationJwt' });
  api = new Client(`${host.url}/devhost/api`);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
});

beforeEach(async () => {
  expect((await api.fetch('/reset', { method: 'POST' })).status).toBe(200);
});

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const list = async () => json<Attachment[]>(await api.get('/attachments'));
const versions = async (id: number) => json<Attachment[]>(await api.get(`/attachments/${id}/versions`));
const content = async (id: number, version?: number) =>
  Buffer.from(await (await api.get(`/attachments/${id}/content${version ? `?version=${version}` : ''}`)).arrayBuffer());
const upload = (query: string, body: string) => api.fetch(`/attachments?${query}`, { method: 'POST', body });
const postJson = (path: string, body: unknown) =>
  api.fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

test('the seeded files are on page 1001 with ids from 2001, uploaded by admin, hashes matching their bytes', async () => {
  const attachments = await list();

  expect(attachments.map((a) => a.fileName)).toEqual(SEEDED);
  expect(attachments.map((a) => a.id)).toEqual(SEEDED.map((_, i) => 2001 + i));
  for (const a of attachments) {
    expect(a).toMatchObject({ pageId: 1001, version: 1, lastModifier: 'admin' });
    const bytes = await content(a.id);
    expect(bytes.length).toBe(a.size);
    expect(sha256(bytes)).toBe(a.sha256);
  }
  expect(attachments[0].mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
});

test('an upload creates an attachment, the same name again a new version; every version stays readable', async () => {
  const created = await json<{ id: number; version: number }>(await upload('pageId=1002&fileName=Plan%20B.txt&user=bob', 'first'));
  expect(created).toEqual({ id: 2011, version: 1 });

  const second = await json(await upload('pageId=1002&fileName=Plan%20B.txt&user=alice', 'second, longer'));
  expect(second).toEqual({ id: 2011, version: 2 });

  const history = await versions(2011);
  expect(history).toEqual([
    { id: 2011, pageId: 1002, fileName: 'Plan B.txt', version: 1, size: 5, sha256: sha256('first'), mediaType: 'text/plain',
      lastModifier: 'bob', modified: expect.any(String), comment: null },
    { id: 2011, pageId: 1002, fileName: 'Plan B.txt', version: 2, size: 14, sha256: sha256('second, longer'),
      mediaType: 'text/plain', lastModifier: 'alice', modified: expect.any(String), comment: expect.any(String) },
  ]);
  expect((await list()).find((a) => a.id === 2011)).toMatchObject({ version: 2, lastModifier: 'alice' });
  expect((await content(2011, 1)).toString()).toBe('first');
  expect((await content(2011)).toString()).toBe('second, longer');
});

test('an upload keeps its body whatever content type the client declares', async () => {
  const form = await api.fetch('/attachments?pageId=1002&fileName=form.txt', {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2',
  });
  expect(await json(form)).toMatchObject({ version: 1 });
  expect((await list()).find((a) => a.fileName === 'form.txt')).toMatchObject({ size: 7, sha256: sha256('a=1&b=2') });
});

test('uploads default to admin and refuse unknown pages, users and missing names', async () => {
  expect(await json(await upload('pageId=1001&fileName=x.txt', 'x'))).toMatchObject({ version: 1 });
  expect((await list()).find((a) => a.fileName === 'x.txt')?.lastModifier).toBe('admin');

  expect((await upload('pageId=999&fileName=y.txt', 'y')).status).toBe(400);
  expect((await upload('pageId=1001&fileName=y.txt&user=mallory', 'y')).status).toBe(400);
  expect((await upload('pageId=1001', 'y')).status).toBe(400);
  expect((await api.get('/attachments/9999/versions')).status).toBe(404);
  expect((await api.get('/attachments/2001/content?version=7')).status).toBe(404);
});

test('deleting versions works as Confluence: numbers keep their gaps, the latest number is taken again', async () => {
  for (const body of ['one', 'two!', 'three']) {
    await upload('pageId=1002&fileName=Deleted.txt', body);
  }
  const id = 2011;
  const del = (path: string) => api.fetch(`/attachments/${path}`, { method: 'DELETE' });

  const afterMiddle = await json<{ id: number; versions: Attachment[] }>(await del(`${id}/versions/2`));
  expect(afterMiddle.id).toBe(id);
  expect(afterMiddle.versions.map((v) => v.version)).toEqual([1, 3]);
  expect((await api.get(`/attachments/${id}/content?version=2`)).status).toBe(404);
  expect((await content(id, 3)).toString()).toBe('three');

  const afterLatest = await json<{ versions: Attachment[] }>(await del(`${id}/versions/3`));
  expect(afterLatest.versions.map((v) => v.version)).toEqual([1]);
  expect((await list()).find((a) => a.id === id)).toMatchObject({ version: 1, size: 3 });
  expect((await content(id)).toString()).toBe('one');
  expect(await json(await upload('pageId=1002&fileName=Deleted.txt', 'again'))).toEqual({ id, version: 2 });

  expect((await del(`${id}/versions/7`)).status).toBe(404);
  expect((await del('9999')).status).toBe(404);
  expect((await del('2001/nonsense')).status).toBe(404);
});

test('deleting the only version deletes the attachment; deleting an attachment deletes all its versions', async () => {
  const only = await json<{ versions: Attachment[] }>(await api.fetch('/attachments/2008/versions/1', { method: 'DELETE' }));
  expect(only.versions).toEqual([]);
  expect((await list()).map((a) => a.id)).not.toContain(2008);
  expect((await api.get('/attachments/2008/versions')).status).toBe(404);

  await upload('pageId=1001&fileName=Report.docx', 'second version');
  const all = await json<{ versions: Attachment[] }>(await api.fetch('/attachments/2001', { method: 'DELETE' }));
  expect(all.versions).toEqual([]);
  expect((await list()).map((a) => a.id)).not.toContain(2001);
  // The name is free again on that page.
  expect(await json(await upload('pageId=1001&fileName=Report.docx', 'new'))).toMatchObject({ version: 1 });
});

test('moving an attachment keeps its id and versions; names stay unique per page', async () => {
  await upload('pageId=1001&fileName=Budget.xlsx', 'v2');
  expect(await json(await api.fetch('/attachments/2002/move?pageId=1002', { method: 'POST' })))
    .toEqual({ id: 2002, pageId: 1002 });
  expect((await versions(2002)).map((v) => `${v.pageId} v${v.version}`)).toEqual(['1002 v1', '1002 v2']);

  await upload('pageId=1001&fileName=Budget.xlsx', 'another budget');
  expect((await api.fetch('/attachments/2002/move?pageId=1001', { method: 'POST' })).status).toBe(409);
  expect((await api.fetch('/attachments/2002/move?pageId=999', { method: 'POST' })).status).toBe(400);
  expect((await api.fetch('/attachments/9999/move?pageId=1001', { method: 'POST' })).status).toBe(404);
});

test('the history store of an attachment can be inspected, also once the attachment is gone', async () => {
  expect(await json(await api.get('/attachments/2001/history'))).toEqual({ id: 2001, index: null, archives: [] });
  expect(await json(await api.get('/attachments/9999/history'))).toEqual({ id: 9999, index: null, archives: [] });
});

test('injected faults fail the next saves with nothing changed, then saving works again', async () => {
  expect(await json(await postJson('/faults', { failNextSaves: 2 }))).toEqual({ failNextSaves: 2 });

  const failed = await upload('pageId=1001&fileName=Notes.txt', 'new notes');
  expect(failed.status).toBe(500);
  expect(await failed.json()).toEqual({ error: 'simulated I/O error' });
  expect((await upload('pageId=1001&fileName=Fresh.txt', 'fresh')).status).toBe(500);

  expect(await json(await api.get('/faults'))).toEqual({ failNextSaves: 0 });
  expect(await list()).toHaveLength(SEEDED.length);
  expect((await list()).find((a) => a.fileName === 'Notes.txt')?.version).toBe(1);
  expect(await json(await upload('pageId=1001&fileName=Notes.txt', 'new notes'))).toMatchObject({ version: 2 });
  expect((await postJson('/faults', { failNextSaves: -1 })).status).toBe(400);
});

test('settings start from the environment, merge string values and drop nulls', async () => {
  expect(await json(await api.get('/settings'))).toEqual({ docsUrl: 'http://docs.test', jwtSecret: 's3cret', jwtHeader: 'AuthorizationJwt' });

  const merged = await json(await postJson('/settings', { chat: 'false', jwtHeader: null }));

  expect(merged).toEqual({ docsUrl: 'http://docs.test', jwtSecret: 's3cret', chat: 'false' });
  expect(await json(await api.get('/settings'))).toEqual(merged);
  expect((await postJson('/settings', { chat: false })).status).toBe(400);
  expect((await api.fetch('/settings', { method: 'POST', body: 'not json' })).status).toBe(400);
});

test('the space keeps anonymous viewing off until switched on', async () => {
  expect(await json(await api.get('/space'))).toEqual({ key: 'DEV', name: 'Development', anonymousView: false });
  expect(await json(await postJson('/space', { anonymousView: true }))).toEqual({ key: 'DEV', name: 'Development', anonymousView: true });
  expect((await postJson('/space', { anonymousView: 'yes' })).status).toBe(400);
  expect((await postJson('/space', { restrictedPages: ['1001'] })).status).toBe(400);
  expect((await postJson('/space', [true])).status).toBe(400);
  expect(await json(await api.get('/space'))).toMatchObject({ anonymousView: true });
});

test('the e-mail visibility is public until changed; a refused change changes nothing', async () => {
  expect(await json(await api.get('/people'))).toEqual({ emailVisibility: 'public' });
  expect(await json(await postJson('/people', { emailVisibility: 'masked' }))).toEqual({ emailVisibility: 'masked' });
  const refused = await postJson('/people', { emailVisibility: 'hidden' });
  expect(refused.status).toBe(400);
  expect(await json(refused)).toEqual({ error: 'emailVisibility must be public, masked or private' });
  expect((await api.fetch('/people', { method: 'POST', body: 'not json' })).status).toBe(400);
  expect(await json(await api.get('/people'))).toEqual({ emailVisibility: 'masked' });
  await api.fetch('/reset', { method: 'POST' });
  expect(await json(await api.get('/people'))).toEqual({ emailVisibility: 'public' });
});

test('reset returns to the start state', async () => {
  await upload('pageId=1002&fileName=Extra.txt', 'extra');
  await upload('pageId=1001&fileName=Report.docx', 'overwritten');
  await postJson('/settings', { docsUrl: 'http://elsewhere.test' });
  await postJson('/faults', { failNextSaves: 5 });
  await postJson('/space', { anonymousView: true });

  expect(await json(await api.fetch('/reset', { method: 'POST' }))).toEqual({ reset: true });

  const attachments = await list();
  expect(attachments.map((a) => `${a.id} ${a.fileName} v${a.version}`)).toEqual(SEEDED.map((n, i) => `${2001 + i} ${n} v1`));
  expect((await json<Record<string, string>>(await api.get('/settings'))).docsUrl).toBe('http://docs.test');
  expect(await json(await api.get('/faults'))).toEqual({ failNextSaves: 0 });
  expect(await json(await api.get('/space'))).toMatchObject({ anonymousView: false });
});
