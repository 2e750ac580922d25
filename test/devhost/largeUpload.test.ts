// Attachments stream to disk: a file several times the dev host's heap is stored intact.
import { createHash, randomBytes } from 'crypto';
import http from 'http';
import type { RunningDevHost } from './launcher';
import { BUILD_TIMEOUT_MS, json, startTestHost } from './testkit';

const HEAP_MB = 64;
const SIZE = 256 * 1024 * 1024;

let host: RunningDevHost;

beforeAll(async () => {
  host = await startTestHost({ heapMb: HEAP_MB });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
});

/** POSTs SIZE pseudo-random bytes generated chunk by chunk; returns the answer and the bytes' sha256. */
function uploadGenerated(path: string): Promise<{ status: number; body: string; sha256: string }> {
  const hash = createHash('sha256');
  const chunk = randomBytes(1024 * 1024);
  return new Promise((resolve, reject) => {
    const req = http.request(`${host.url}${path}`, { method: 'POST', headers: { 'Content-Length': SIZE } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, sha256: hash.digest('hex') }));
    });
    req.on('error', reject);
    let sent = 0;
    const pump = () => {
      while (sent < SIZE) {
        chunk[0] = sent & 0xff; // every chunk differs a little
        hash.update(chunk);
        sent += chunk.length;
        if (!req.write(Buffer.from(chunk))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

test(`a ${SIZE / 1024 / 1024} MB upload is stored intact by a dev host with a ${HEAP_MB} MB heap`, async () => {
  const upload = await uploadGenerated('/devhost/api/attachments?pageId=1002&fileName=big.bin');

  expect(upload.status).toBe(200);
  const { id } = JSON.parse(upload.body) as { id: number };
  const [version] = await json<Array<{ size: number; sha256: string }>>(await fetch(`${host.url}/devhost/api/attachments/${id}/versions`));
  expect(version.size).toBe(SIZE);
  expect(version.sha256).toBe(upload.sha256);
}, 120_000);
