// The save path: a large result saved through a status-2 callback on a dev host with a 32 MB heap, against the
// floor measured in the same run and JVM (the same download → temp file → SHA-256, without the app). Live heap is
// the heap right after a full GC, sampled while the save runs.
import http from 'http';
import type { AddressInfo } from 'net';
import jwt from 'jsonwebtoken';
import { startDevHost, type RunningDevHost } from '../devhost/start';
import { cookieFor, metrics } from './devhostMetrics';

const SECRET = 'bench-secret-5c2e8a';
const MB = 1024 * 1024;

export interface SaveFigures {
  bytes: number;
  heapMb: number;
  succeeded: boolean;
  error?: string;
  appMBps: number;
  floorMBps: number;
  liveHeapMaxMB: number;
  liveHeapSamples: number;
}

/** A stand-in for the Docs server's file cache: serves `size` bytes (from ?size=) without holding them. */
function fileServer(): Promise<{ server: http.Server; url: string }> {
  const chunk = Buffer.alloc(MB, 0x5a);
  const server = http.createServer((req, res) => {
    const size = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('size'));
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) });
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const piece = Math.min(chunk.length, size - sent);
        sent += piece;
        if (!res.write(piece === chunk.length ? chunk : chunk.subarray(0, piece))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
    resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function floorSeconds(host: RunningDevHost, url: string): Promise<number> {
  const response = await fetch(`${host.url}/devhost/api/save-floor?url=${encodeURIComponent(url)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`save floor: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { nanos: number }).nanos / 1e9;
}

/** Opens the attachment for alice and saves `size` bytes as its next version; returns the seconds it took. */
async function appSaveSeconds(host: RunningDevHost, cookie: string, attachmentId: number, url: string): Promise<number> {
  const configResponse = await fetch(`${host.url}/plugins/servlet/onlyoffice/editor-config?attachmentId=${attachmentId}`,
    { headers: { Cookie: cookie } });
  if (!configResponse.ok) throw new Error(`editor-config HTTP ${configResponse.status}`);
  const config = ((await configResponse.json()) as any).config;
  const userId = config.editorConfig.user.id;
  const body = { key: config.document.key, status: 2, url, filetype: 'docx', users: [userId],
    actions: [{ type: 0, userid: userId }], lastsave: new Date().toISOString() };
  const started = process.hrtime.bigint();
  const answer = await fetch(config.editorConfig.callbackUrl, {
    method: 'POST',
    body: JSON.stringify({ ...body, token: jwt.sign(body, SECRET, { expiresIn: '10m' }) }),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt.sign({ payload: body }, SECRET, { expiresIn: '10m' })}` },
  });
  const text = await answer.text();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (answer.status !== 200 || !/"error"\s*:\s*0/.test(text)) throw new Error(`save: HTTP ${answer.status} ${text}`);
  return seconds;
}

export async function saveFigures(bytes = 500 * MB, heapMb = 32): Promise<SaveFigures> {
  const docs = await fileServer();
  const host = await startDevHost({ port: 0, heapMb, docsUrl: docs.url, docsSecret: SECRET, quiet: true });
  const figures: SaveFigures = { bytes, heapMb, succeeded: false, appMBps: NaN, floorMBps: NaN, liveHeapMaxMB: NaN, liveHeapSamples: 0 };
  try {
    const attachments = (await (await fetch(`${host.url}/devhost/api/attachments`)).json()) as Array<{ id: number; fileName: string }>;
    const report = attachments.find((a) => a.fileName === 'Report.docx')!;
    const alice = await cookieFor(host.url, 'alice');
    const small = `${docs.url}/cache/files/output.docx?size=${64 * MB}`;
    const large = `${docs.url}/cache/files/output.docx?size=${bytes}`;

    // Warm-up of both paths (JIT); then floor, app, floor, with the same live-heap sampling (a full GC every 200 ms)
    // running through all three, so that both pay for it alike. The floor is the mean of the two floor runs.
    await floorSeconds(host, small);
    await appSaveSeconds(host, alice, report.id, small);

    let sampling = true;
    let appRunning = false;
    let peak = 0;
    const sampler = (async () => {
      while (sampling) {
        const m = await metrics(host.url, true).catch(() => null);
        if (m && appRunning) {
          peak = Math.max(peak, m.heapUsedBytes);
          figures.liveHeapSamples++;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    try {
      const floorBefore = await floorSeconds(host, large);
      appRunning = true;
      try {
        const seconds = await appSaveSeconds(host, alice, report.id, large);
        figures.appMBps = bytes / MB / seconds;
        const saved = (await (await fetch(`${host.url}/devhost/api/attachments`)).json()) as Array<{ id: number; size: number }>;
        figures.succeeded = saved.find((a) => a.id === report.id)?.size === bytes;
        if (!figures.succeeded) figures.error = 'the new version does not have the saved size';
      } catch (e) {
        figures.error = (e as Error).message;
      } finally {
        appRunning = false;
      }
      const floorAfter = await floorSeconds(host, large);
      figures.floorMBps = bytes / MB / ((floorBefore + floorAfter) / 2);
    } finally {
      sampling = false;
      await sampler;
    }
    figures.liveHeapMaxMB = peak / MB;
    return figures;
  } finally {
    await host.stop();
    docs.server.close();
  }
}
