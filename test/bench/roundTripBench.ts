// Speed figures of the editor round trip, measured on a dev host started for the purpose (loopback only).
import http from 'http';
import type { AddressInfo } from 'net';
import jwt from 'jsonwebtoken';
import { startDevHost, type RunningDevHost } from '../devhost/start';

const SECRET = 'bench-secret-5c2e8a';
const HEADER = 'Authorization';

export interface RoundTripFigures {
  saveBytes: number;
  saveSeconds: number;
  saveMBps: number;
  peakHeapMB: number | null;
  heapMaxMB: number | null;
  editorPageP50Ms: number;
  editorPageP99Ms: number;
  callbacksPerSecond: number;
}

/** A stand-in for the Docs server's file cache: serves `size` bytes without holding them. */
function bigFileServer(size: number): Promise<{ server: http.Server; url: string }> {
  const chunk = Buffer.alloc(1024 * 1024, 0x5a);
  const server = http.createServer((_req, res) => {
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

async function cookieFor(host: RunningDevHost, user: string): Promise<string> {
  const response = await fetch(`${host.url}/devhost/login?user=${user}`, { redirect: 'manual' });
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

async function editorConfig(host: RunningDevHost, cookie: string, attachmentId: number): Promise<any> {
  const response = await fetch(`${host.url}/plugins/servlet/onlyoffice/editor-config?attachmentId=${attachmentId}`,
    { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`editor-config HTTP ${response.status}`);
  return ((await response.json()) as any).config;
}

function signed(body: Record<string, unknown>): { body: string; headers: Record<string, string> } {
  return {
    body: JSON.stringify({ ...body, token: jwt.sign(body, SECRET, { expiresIn: '5m' }) }),
    headers: { 'Content-Type': 'application/json', [HEADER]: `Bearer ${jwt.sign({ payload: body }, SECRET, { expiresIn: '5m' })}` },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function roundTripFigures(saveBytes = 500 * 1024 * 1024): Promise<RoundTripFigures> {
  const docs = await bigFileServer(saveBytes);
  const host = await startDevHost({ port: 0, heapMb: 128, docsUrl: docs.url, docsSecret: SECRET, jwtHeader: HEADER, quiet: true });
  try {
    const attachments = (await (await fetch(`${host.url}/devhost/api/attachments`)).json()) as Array<{ id: number; fileName: string }>;
    const report = attachments.find((a) => a.fileName === 'Report.docx')!;
    const alice = await cookieFor(host, 'alice');
    const config = await editorConfig(host, alice, report.id);
    const userId = config.editorConfig.user.id;

    // 1. Editor page, warm.
    const fresh = config;
    const pageUrl = `${host.url}/plugins/servlet/onlyoffice/doceditor?attachmentId=${report.id}`;
    for (let i = 0; i < 200; i++) await (await fetch(pageUrl, { headers: { Cookie: alice } })).text();
    const times: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t0 = process.hrtime.bigint();
      const response = await fetch(pageUrl, { headers: { Cookie: alice } });
      await response.text();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (response.status !== 200) throw new Error(`editor page HTTP ${response.status}`);
    }
    times.sort((a, b) => a - b);

    // 2. Callbacks without a file (status 1 and 4), 16 at a time.
    const total = 4000;
    const requests = Array.from({ length: total }, (_, i) =>
      signed({ key: fresh.document.key, status: i % 2 ? 4 : 1, users: [userId], actions: [{ type: 1, userid: userId }] }));
    let next = 0;
    const t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (next < total) {
        const request = requests[next++];
        const response = await fetch(fresh.editorConfig.callbackUrl, { method: 'POST', body: request.body, headers: request.headers });
        await response.text();
        if (response.status !== 200) throw new Error(`callback HTTP ${response.status}`);
      }
    }));
    const callbackSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

    // 3. Last, because the attachment is too large to edit afterwards: a 500 MB result saved through a status-2 callback, with a 128 MB heap.
    const started = process.hrtime.bigint();
    const save = signed({ key: config.document.key, status: 2, url: `${docs.url}/cache/files/output.docx`, filetype: 'docx',
      users: [userId], actions: [{ type: 0, userid: userId }], lastsave: new Date().toISOString() });
    const answer = await fetch(config.editorConfig.callbackUrl, { method: 'POST', body: save.body, headers: save.headers });
    const saveSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const answerBody = await answer.text();
    if (answer.status !== 200) throw new Error(`500 MB save failed: HTTP ${answer.status} ${answerBody}`);
    const status = (await (await fetch(`${host.url}/devhost/api/status`)).json()) as Record<string, number>;

    return {
      saveBytes,
      saveSeconds,
      saveMBps: saveBytes / 1024 / 1024 / saveSeconds,
      peakHeapMB: typeof status.heapPeakBytes === 'number' ? status.heapPeakBytes / 1024 / 1024 : null,
      heapMaxMB: typeof status.heapMaxBytes === 'number' ? status.heapMaxBytes / 1024 / 1024 : null,
      editorPageP50Ms: percentile(times, 50),
      editorPageP99Ms: percentile(times, 99),
      callbacksPerSecond: total / callbackSeconds,
    };
  } finally {
    await host.stop();
    docs.server.close();
  }
}
