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

/** Local header, central header and end record of a stored (uncompressed) zip entry; CRC left 0 (never checked). */
function zipParts(entries: Array<{ name: string; size: number }>): { locals: Buffer[]; tail: Buffer } {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4);
    local.writeUInt32LE(e.size, 18); local.writeUInt32LE(e.size, 22); local.writeUInt16LE(name.length, 26);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt32LE(e.size, 20); central.writeUInt32LE(e.size, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length + e.size;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return { locals, tail: Buffer.concat([directory, end]) };
}

/**
 * A stand-in for the Docs server's file cache: serves a DOCX-shaped zip of `size` bytes (from ?size=) without
 * holding it: a [Content_Types].xml entry and one large stored entry, so that the app's result check accepts it.
 */
function fileServer(): Promise<{ server: http.Server; url: string }> {
  const chunk = Buffer.alloc(MB, 0x5a);
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const server = http.createServer((req, res) => {
    const size = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('size'));
    const overhead = (n: string) => 30 + 46 + 2 * Buffer.byteLength(n); // local and central header, name in both
    const fillerSize = size - types.length - overhead('[Content_Types].xml') - overhead('filler.bin') - 22;
    const { locals, tail } = zipParts([{ name: '[Content_Types].xml', size: types.length }, { name: 'filler.bin', size: fillerSize }]);
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) });
    res.write(Buffer.concat([locals[0], types, locals[1]]));
    let sent = 0;
    const pump = () => {
      while (sent < fillerSize) {
        const piece = Math.min(chunk.length, fillerSize - sent);
        sent += piece;
        if (!res.write(piece === chunk.length ? chunk : chunk.subarray(0, piece))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end(tail);
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
    // The largest result the app stores is a setting (100 MB by default): raise it for this file.
    const raised = await fetch(`${host.url}/devhost/api/settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ maxResultMb: String(Math.ceil(bytes / MB) + 1) }) });
    if (!raised.ok) throw new Error(`settings: HTTP ${raised.status}`);
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
