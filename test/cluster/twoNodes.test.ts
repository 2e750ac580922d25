// The dev host as a two-node Data Center cluster: two wirings of the app over one in-memory Confluence, the Docs
// server's requests spread over both nodes, and a node that dies and comes back.
import { startDocServer, type DocServer } from '../docserver/server';
import type { RunningDevHost } from '../devhost/launcher';
import { BUILD_TIMEOUT_MS, startTestHost } from '../devhost/testkit';
import { signIn, SimEditor, until } from './editingSession';

jest.setTimeout(60_000);
const SECRET = 'cluster-test-secret-5d1e';
let docs: DocServer;
let host: RunningDevHost;

interface NodeInfo {
  node: number;
  port: number;
  alive: boolean;
  handled: Record<string, number>;
}

beforeAll(async () => {
  docs = await startDocServer({ secret: SECRET, saveDelayMs: 50, callbackBackoffMs: 50, downloadDelayMs: 20 });
  host = await startTestHost({ nodes: 2, docsUrl: docs.url, docsSecret: SECRET });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
  await docs?.close();
});

beforeEach(async () => {
  await fetch(`${host.url}/devhost/api/reset`, { method: 'POST' });
  await fetch(`${docs.url}/__sim/reset`, { method: 'POST' });
});

async function nodes(via = host.nodeUrls[0]): Promise<NodeInfo[]> {
  return ((await (await fetch(`${via}/devhost/api/nodes`)).json()) as { nodes: NodeInfo[] }).nodes;
}

async function report(): Promise<{ id: number; version: number }> {
  const all = (await (await fetch(`${host.url}/devhost/api/attachments`)).json()) as Array<{ id: number; fileName: string; version: number }>;
  return all.find((a) => a.fileName === 'Report.docx')!;
}

async function versionAfter(id: number, than: number): Promise<number> {
  return until(async () => {
    const versions = (await (await fetch(`${host.url}/devhost/api/attachments/${id}/versions`)).json()) as unknown[];
    return versions.length > than ? versions.length : undefined;
  }, 15000, 'a new version');
}

test('two nodes on their own ports, one Confluence: what one node stores the other serves', async () => {
  expect(host.nodeUrls).toHaveLength(2);
  expect(host.nodeUrls[0]).toBe(host.url);
  const [one, two] = await nodes();
  expect(one).toMatchObject({ node: 1, alive: true });
  expect(two).toMatchObject({ node: 2, alive: true });
  expect(two.port).not.toBe(one.port);
  for (const [i, url] of host.nodeUrls.entries()) {
    const response = await fetch(`${url}/devhost/api/status`);
    expect(response.headers.get('x-devhost-node')).toBe(String(i + 1));
  }
  const upload = await fetch(`${host.nodeUrls[1]}/devhost/api/attachments?pageId=1001&fileName=Shared.txt`, { method: 'POST', body: 'from node 2' });
  expect(upload.status).toBe(200);
  const listed = (await (await fetch(`${host.nodeUrls[0]}/devhost/api/attachments`)).json()) as Array<{ fileName: string }>;
  expect(listed.map((a) => a.fileName)).toContain('Shared.txt');
});

test('a session opened on node 2 is saved once while the Docs server calls both nodes in turn', async () => {
  const before = await report();
  const bob = await signIn(host.nodeUrls[1], 'bob');
  const alice = await signIn(host.nodeUrls[0], 'alice');
  const bobsEditor = await SimEditor.open(docs.url, bob, before.id);
  const alicesEditor = await SimEditor.open(docs.url, alice, before.id);
  expect(alicesEditor.key).toBe(bobsEditor.key); // both nodes derive the same key: they co-edit one session
  await bobsEditor.type('Bob via node 2');
  await alicesEditor.type('Alice via node 1');
  await bobsEditor.close();
  await alicesEditor.close();
  expect(await versionAfter(before.id, before.version)).toBe(before.version + 1);

  const served = await nodes();
  expect(served[0].handled.callback ?? 0).toBeGreaterThan(0);
  expect(served[1].handled.callback ?? 0).toBeGreaterThan(0);
  await new Promise((r) => setTimeout(r, 500));
  expect(((await (await fetch(`${host.url}/devhost/api/attachments/${before.id}/versions`)).json()) as unknown[]).length)
    .toBe(before.version + 1);
});

test('a killed node answers nothing, its browsers fail over, and it comes back with a fresh wiring', async () => {
  const refused = await fetch(`${host.nodeUrls[1]}/devhost/api/nodes`, { method: 'POST', body: JSON.stringify({ node: 2, action: 'kill' }) });
  expect(refused.status).toBe(409); // a node cannot answer its own death

  const killed = await fetch(`${host.nodeUrls[0]}/devhost/api/nodes`, { method: 'POST', body: JSON.stringify({ node: 2, action: 'kill' }) });
  expect(killed.status).toBe(200);
  expect((await nodes())[1].alive).toBe(false);
  const failover = await fetch(`${host.nodeUrls[1]}/devhost/api/status`);
  expect(failover.headers.get('x-devhost-node')).toBe('1');

  // The Docs server's requests all reach node 1 now, and the save still happens.
  const before = await report();
  const alice = await signIn(host.nodeUrls[0], 'alice');
  const editor = await SimEditor.open(docs.url, alice, before.id);
  await editor.type('Saved while node 2 is down');
  await editor.close();
  expect(await versionAfter(before.id, before.version)).toBe(before.version + 1);

  const started = await fetch(`${host.nodeUrls[0]}/devhost/api/nodes`, { method: 'POST', body: JSON.stringify({ node: 2, action: 'start' }) });
  expect(started.status).toBe(200);
  expect((await nodes())[1].alive).toBe(true);
  expect((await fetch(`${host.nodeUrls[1]}/devhost/api/status`)).headers.get('x-devhost-node')).toBe('2');
});

test('bad node commands are refused with a clear message', async () => {
  const response = await fetch(`${host.url}/devhost/api/nodes`, { method: 'POST', body: JSON.stringify({ node: 7, action: 'kill' }) });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('kill');
});
