// The fault soak: many genuine editing sessions (mixed file sizes, concurrent, users on both app nodes) while
// faults are injected (Confluence failing to store, the Docs server answering 5xx, stalling or sending something
// else than the file, an app node killed and started again). Afterwards every session's text must be in its file's
// latest version, each session must have added exactly one version, and no request may have hung.
import JSZip from 'jszip';
import type { DocServer } from '../docserver/server';
import type { RunningDevHost } from '../devhost/launcher';
import { signIn, SimEditor, simState, type NodeClient } from './editingSession';

export interface SoakFaults {
  storeFailures?: boolean; // the dev host's shared store throws on a save
  docs5xx?: boolean; // the Docs server's cache answers 502 to a result download
  stalls?: boolean; // ... sends half the result, then nothing
  wrongContent?: boolean; // ... sends an HTML error page instead of the result
  killNode?: boolean; // app node 2 is killed once, and started again
}

export interface SoakOptions {
  docs: DocServer;
  host: RunningDevHost; // two nodes
  sessions: number;
  concurrency: number;
  files: number;
  faults: SoakFaults;
  /**
   * One fault (the next kind in turn) per this many result downloads, so the fault rate stays the same whatever
   * the traffic: a fault armed by the clock would, once few saves are left, hit every remaining download.
   */
  faultEveryDownloads?: number;
  sessionTimeoutMs?: number; // a save not done by then counts as stuck
  stallMs?: number;
}

export interface SoakFigures {
  sessions: number;
  files: number;
  expectedVersions: number;
  storedVersions: number;
  lost: number; // sessions whose text is not in the file's latest version
  duplicated: number; // versions beyond one per session
  corrupt: number; // versions that are not a readable DOCX
  stuck: number; // sessions whose save had not ended within the timeout
  longestWaitMs: number; // longest time from Close to the version being stored
  lostSessions: string[]; // what the Docs server did with each lost session's callbacks
  injected: Record<string, number>;
  callbacksPerNode: number[];
  seconds: number;
}

const PAD_SIZES = [0, 64 * 1024, 512 * 1024, 2 * 1024 * 1024];

async function api(host: RunningDevHost, path: string, init?: RequestInit): Promise<any> {
  const response = await fetch(`${host.nodeUrls[0]}/devhost/api${path}`, init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.headers.get('content-type')?.includes('json') ? response.json() : Buffer.from(await response.arrayBuffer());
}

async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
}

/** DOCX files of mixed sizes (an incompressible padding part), uploaded to page 1001. */
async function makeFiles(host: RunningDevHost, count: number): Promise<number[]> {
  const report = ((await api(host, '/attachments')) as Array<{ id: number; fileName: string; version: number }>).find((a) => a.fileName === 'Report.docx')!;
  const base = (await api(host, `/attachments/${report.id}/content`)) as Buffer;
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const zip = await JSZip.loadAsync(base);
    const pad = PAD_SIZES[i % PAD_SIZES.length];
    if (pad) zip.file('docProps/soak-padding.bin', Buffer.from(Array.from({ length: pad }, () => Math.floor(Math.random() * 256))), { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const created = await api(host, `/attachments?pageId=1001&fileName=Soak-${Date.now()}-${i}.docx&user=admin`, { method: 'POST', body: new Uint8Array(bytes) });
    ids.push(created.id as number);
  }
  return ids;
}

async function documentText(bytes: Buffer): Promise<string | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')?.async('string');
    return xml === undefined ? null : xml.replace(/<[^>]+>/g, ' ');
  } catch {
    return null;
  }
}

export async function faultSoak(opts: SoakOptions): Promise<SoakFigures> {
  const { docs, host } = opts;
  const started = Date.now();
  const timeoutMs = opts.sessionTimeoutMs ?? 120_000;
  const files = await makeFiles(host, opts.files);
  const before = await Promise.all(files.map(async (id) => ((await api(host, `/attachments/${id}/versions`)) as unknown[]).length));
  const users: NodeClient[] = [await signIn(host.nodeUrls[0], 'alice'), await signIn(host.nodeUrls[1], 'bob')];
  const sessionsOf = new Map<number, number[]>(files.map((id) => [id, []]));
  const keyOf = new Map<number, string>();
  const injected: Record<string, number> = {};
  /** The save state the user's tab sees; undefined while that user's node is down or the session was lost. */
  const saveState = async (user: number, fileId: number, key: string): Promise<string | undefined> => {
    try {
      const response = await fetch(`${users[user].url}/plugins/servlet/onlyoffice/activity?attachmentId=${fileId}&key=${encodeURIComponent(key)}`,
        { headers: { Cookie: users[user].cookie, Accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      return response.ok ? ((await response.json()) as { state: string }).state : undefined;
    } catch {
      return undefined;
    }
  };
  let longestWaitMs = 0;
  let stuck = 0;

  // Faults, injected while the sessions run, in proportion to the result downloads.
  let running = true;
  const kinds = (Object.keys(opts.faults) as Array<keyof SoakFaults>).filter((k) => opts.faults[k] && k !== 'killNode');
  await postJson(`${docs.url}/__sim/faults`, { stallMs: opts.stallMs ?? 20_000 });
  const downloads = async (): Promise<number> =>
    ((await (await fetch(`${docs.url}/__sim/faults`)).json()) as { resultDownloads: number }).resultDownloads;
  const injector = (async () => {
    let turn = 0;
    let armedAt = await downloads();
    while (running) {
      // Every kind is armed once at the start, so a short run meets each of them; then one kind per N downloads.
      if (turn >= kinds.length) {
        await new Promise((r) => setTimeout(r, 100));
        const now = await downloads();
        if (now - armedAt < (opts.faultEveryDownloads ?? 3)) continue;
        armedAt = now;
      }
      if (!running || !kinds.length) break;
      const kind = kinds[turn++ % kinds.length];
      injected[kind] = (injected[kind] ?? 0) + 1;
      if (kind === 'storeFailures') await postJson(`${host.nodeUrls[0]}/devhost/api/faults`, { failNextSaves: 1 });
      else if (kind === 'docs5xx') await postJson(`${docs.url}/__sim/faults`, { errors: 1 });
      else if (kind === 'stalls') await postJson(`${docs.url}/__sim/faults`, { stalls: 1 });
      else if (kind === 'wrongContent') await postJson(`${docs.url}/__sim/faults`, { wrongContent: 1 });
    }
  })();
  const killer = (async () => {
    if (!opts.faults.killNode) return;
    await new Promise((r) => setTimeout(r, 1500));
    await postJson(`${host.nodeUrls[0]}/devhost/api/nodes`, { node: 2, action: 'kill' });
    injected.killNode = 1;
    await new Promise((r) => setTimeout(r, 2000));
    await postJson(`${host.nodeUrls[0]}/devhost/api/nodes`, { node: 2, action: 'start' });
  })();

  // The sessions: one at a time per file (each adds one version), files in parallel.
  const busy = new Set<number>();
  let next = 0;
  const one = async (n: number, fileId: number) => {
    let editor: SimEditor | undefined;
    for (let attempt = 0; !editor; attempt++) {
      try {
        editor = await SimEditor.open(docs.url, users[n % 2], fileId);
      } catch (e) {
        if (attempt >= 20) throw e;
        // A killed node forgets its sessions (no session replication in Confluence): sign in again, as people do.
        if (String(e).includes('HTTP 401')) users[n % 2] = await signIn(host.nodeUrls[n % 2], n % 2 ? 'bob' : 'alice');
        await new Promise((r) => setTimeout(r, 250)); // the node was just killed, or the last save is still ending
      }
    }
    await editor.type(`soak-${n} by ${n % 2 ? 'bob' : 'alice'}`);
    const closedAt = Date.now();
    await editor.close();
    sessionsOf.get(fileId)!.push(n);
    keyOf.set(n, editor.key);
    for (;;) {
      const session = (await simState(docs.url)).sessions.find((s) => s.key === editor.key);
      if (session?.callbacks.some((c) => c.status === 2 && c.success)) break;
      // The closing user's tab asks how the save stands (as frontend/activity does): once the Docs server has given
      // up and kept the file, that is when the app stores its copy.
      const state = await saveState(n % 2, fileId, editor.key);
      if (state === 'saved') break;
      if (state === 'kept_by_docs' && session?.forgotten && !session.savePending) break; // refused: counted as lost
      if (Date.now() - closedAt > timeoutMs) {
        stuck++;
        break;
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    longestWaitMs = Math.max(longestWaitMs, Date.now() - closedAt);
  };
  const worker = async () => {
    for (;;) {
      if (next >= opts.sessions) return;
      const fileId = files.find((id) => !busy.has(id));
      if (fileId === undefined) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      const n = next++;
      busy.add(fileId);
      try {
        await one(n, fileId);
      } finally {
        busy.delete(fileId);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
  } finally {
    running = false;
    await injector;
    await killer;
    await postJson(`${docs.url}/__sim/faults`, { errors: 0, stalls: 0, wrongContent: 0 });
    await postJson(`${host.nodeUrls[0]}/devhost/api/faults`, { failNextSaves: 0 });
  }

  // The verdict, from what Confluence stored.
  let expectedVersions = 0;
  let storedVersions = 0;
  let lost = 0;
  let duplicated = 0;
  let corrupt = 0;
  const lostSessions: string[] = [];
  for (const [i, id] of files.entries()) {
    const versions = (await api(host, `/attachments/${id}/versions`)) as Array<{ version: number }>;
    const added = versions.length - before[i];
    const sessions = sessionsOf.get(id)!;
    expectedVersions += sessions.length;
    storedVersions += added;
    duplicated += Math.max(0, added - sessions.length);
    for (const v of versions.slice(before[i])) {
      if ((await documentText((await api(host, `/attachments/${id}/content?version=${v.version}`)) as Buffer)) === null) corrupt++;
    }
    const latest = await documentText((await api(host, `/attachments/${id}/content`)) as Buffer);
    for (const n of sessions.filter((s) => !latest?.includes(`soak-${s} by`))) {
      lost++;
      const session = (await simState(docs.url)).sessions.find((s) => s.key === keyOf.get(n));
      lostSessions.push(`session ${n} on attachment ${id} (${versions.length} versions): ${JSON.stringify(session?.callbacks.map((c) => [c.status, c.attempt, c.httpStatus ?? c.error]))}${session?.forgotten ? ' forgotten' : ''}`);
    }
  }
  const nodes = ((await api(host, '/nodes')) as { nodes: Array<{ handled: Record<string, number> }> }).nodes;
  return {
    sessions: opts.sessions,
    files: files.length,
    expectedVersions,
    storedVersions,
    lost,
    duplicated,
    corrupt,
    stuck,
    longestWaitMs,
    lostSessions,
    injected,
    callbacksPerNode: nodes.map((n) => n.handled.callback ?? 0),
    seconds: (Date.now() - started) / 1000,
  };
}
