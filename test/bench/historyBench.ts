// Opening the version history of an attachment with 500 versions (issue #12: <= 100 ms server time, no per-version
// query storm). Every version carries what a save from ONLYOFFICE leaves in the history index (the Docs server's
// change list and server version), so the answer is as large as it gets in practice.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { gzipSync } from 'zlib';
import { startDevHost } from '../devhost/start';
import { count, cookieFor, metrics, resetCalls } from './devhostMetrics';
import { load } from './leanClient';

const PAGE = 1002; // seeded empty ("Meeting notes")
const VERSIONS = 500;
const AUTHORS = ['alice', 'bob', 'admin'];

export interface HistoryFigures {
  versions: number;
  /** Servlet CPU per history request (the app's own work, inside service()). */
  servletCpuMs: number;
  /** Wall time per request on loopback, one at a time: server time plus a few loopback round-trip costs. */
  p50Ms: number;
  p99Ms: number;
  bytes: number;
  gzipBytes: number;
  /** The app's calls into Confluence's services for one request, by method. */
  calls: Record<string, number>;
  versionQueries: number;
  indexReads: number;
  listedVersions: number;
  withChanges: number;
}

interface VersionInfo {
  id: number;
  version: number;
  size: number;
  modified: string;
}

async function upload(baseUrl: string, i: number): Promise<void> {
  const user = AUTHORS[i % AUTHORS.length];
  const response = await fetch(`${baseUrl}/devhost/api/attachments?pageId=${PAGE}&fileName=History.docx&user=${user}`,
    { method: 'POST', body: Buffer.from(`version ${i + 1} `.padEnd(64 + (i % 7), 'x')) });
  if (!response.ok) throw new Error(`version ${i + 1}: HTTP ${response.status}`);
}

/** The index a save from ONLYOFFICE writes for each version (see HistoryIndex): change list and server version. */
function historyIndex(versions: VersionInfo[]): string {
  const entries: Record<string, unknown> = {};
  for (const v of versions) {
    const modified = Date.parse(v.modified);
    const created = new Date(modified).toISOString().slice(0, 19).replace('T', ' ');
    entries[String(v.version)] = {
      size: v.size,
      modified,
      serverVersion: '9.3.1',
      changes: [{ documentSha256: 'f'.repeat(64), created, user: { id: AUTHORS[(v.version - 1) % AUTHORS.length], name: 'Editor' } }],
      archive: `${v.version}-${v.size}-${modified}.zip`,
    };
  }
  return JSON.stringify({ versions: entries });
}

export async function historyFigures(): Promise<HistoryFigures> {
  const root = resolve(__dirname, '..', '..', 'target');
  mkdirSync(root, { recursive: true });
  const dataDir = mkdtempSync(join(root, 'bench-history-'));
  const host = await startDevHost({ port: 0, docsUrl: 'http://127.0.0.1:9', docsSecret: 'bench-secret-5c2e8a', quiet: true, dataDir });
  try {
    for (let i = 0; i < VERSIONS; i++) await upload(host.url, i);
    const all = (await (await fetch(`${host.url}/devhost/api/attachments`)).json()) as Array<VersionInfo & { fileName: string }>;
    const latest = all.find((a) => a.fileName === 'History.docx');
    if (!latest) throw new Error('History.docx was not stored');
    const versions = (await (await fetch(`${host.url}/devhost/api/attachments/${latest.id}/versions`)).json()) as VersionInfo[];
    mkdirSync(join(dataDir, 'history', String(latest.id)), { recursive: true });
    writeFileSync(join(dataDir, 'history', String(latest.id), 'index.json'), historyIndex(versions));

    const cookie = await cookieFor(host.url, 'alice');
    const url = `${host.url}/plugins/servlet/onlyoffice/history?attachmentId=${latest.id}`;
    const first = await fetch(url, { headers: { Cookie: cookie } });
    if (!first.ok) throw new Error(`history: HTTP ${first.status}`);
    const body = Buffer.from(await first.arrayBuffer());
    const answer = JSON.parse(body.toString('utf8')) as { history: Array<{ changes?: unknown[] }> };

    const request = () => ({ method: 'GET' as const, url, headers: { Cookie: cookie } });
    await load(request, { concurrency: 1, count: 1, warmup: 100 }); // JIT warm-up
    await resetCalls(host.url);
    await load(request, { concurrency: 1, count: 1, warmup: 0 });
    const calls = (await metrics(host.url)).calls;
    await resetCalls(host.url);
    const timed = await load(request, { concurrency: 1, count: 200, warmup: 0 });
    const servlet = (await metrics(host.url)).servletCpu['history-servlet'];
    return {
      versions: versions.length,
      servletCpuMs: servlet ? servlet.cpuNanos / 1e6 / servlet.requests : NaN,
      p50Ms: timed.p50Ms,
      p99Ms: timed.p99Ms,
      bytes: body.length,
      gzipBytes: gzipSync(body).length,
      calls,
      versionQueries: count(calls, 'AttachmentStore'),
      indexReads: count(calls, 'HistoryStore.readIndex'),
      listedVersions: answer.history.length,
      withChanges: answer.history.filter((h) => Array.isArray(h.changes) && h.changes.length > 0).length,
    };
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
