// Editor page and callback rates on the dev host: a lean keep-alive client (its own CPU reported), warm-up,
// concurrency 1, 8 and 32, p50/p99 latency, and the server's CPU per request: the dev host JVM's CPU time over the
// run divided by the requests (HTTP stack, GC, JIT included), and the app's servlet's own share.
import jwt from 'jsonwebtoken';
import { startDevHost } from '../devhost/start';
import { cookieFor, count, metrics, resetCalls } from './devhostMetrics';
import { load, type LoadResult, type PreparedRequest } from './leanClient';

const SECRET = 'bench-secret-5c2e8a';

export interface RateFigures extends LoadResult {
  /** The dev host JVM's CPU (all threads: HTTP stack, GC, JIT, the app) per request. */
  serverCpuMsPerRequest: number;
  /** The app's servlet alone: the request thread's CPU inside its service(). */
  appCpuMsPerRequest: number;
}

export interface RatesFigures {
  editorPage: RateFigures[];
  callbacks: RateFigures[];
  settingsReadsPerEditorPage: number;
  settingsReadsPerCallback: number;
}

const CONCURRENCY = [1, 8, 32];

async function measured(baseUrl: string, servlet: string, next: (i: number) => PreparedRequest, concurrency: number,
  count: number): Promise<RateFigures> {
  await load(next, { concurrency, count: 1, warmup: Math.max(300, count / 4) });
  await resetCalls(baseUrl);
  const before = await metrics(baseUrl);
  const result = await load(next, { concurrency, count, warmup: 0 });
  const after = await metrics(baseUrl);
  const app = after.servletCpu[servlet];
  return {
    ...result,
    serverCpuMsPerRequest: (after.processCpuNanos - before.processCpuNanos) / 1e6 / count,
    appCpuMsPerRequest: app ? app.cpuNanos / 1e6 / app.requests : NaN,
  };
}

function signedCallback(body: Record<string, unknown>): { body: Buffer; headers: Record<string, string> } {
  return {
    body: Buffer.from(JSON.stringify({ ...body, token: jwt.sign(body, SECRET, { expiresIn: '30m' }) })),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt.sign({ payload: body }, SECRET, { expiresIn: '30m' })}` },
  };
}

export async function ratesFigures(): Promise<RatesFigures> {
  const host = await startDevHost({ port: 0, docsUrl: 'http://127.0.0.1:9', docsSecret: SECRET, quiet: true });
  try {
    const attachments = (await (await fetch(`${host.url}/devhost/api/attachments`)).json()) as Array<{ id: number; fileName: string }>;
    const report = attachments.find((a) => a.fileName === 'Report.docx')!;
    const alice = await cookieFor(host.url, 'alice');
    const configResponse = await fetch(`${host.url}/plugins/servlet/onlyoffice/editor-config?attachmentId=${report.id}`,
      { headers: { Cookie: alice } });
    if (!configResponse.ok) throw new Error(`editor-config HTTP ${configResponse.status}`);
    const config = ((await configResponse.json()) as any).config;
    const userId = config.editorConfig.user.id;

    const page: PreparedRequest = { method: 'GET', url: `${host.url}/plugins/servlet/onlyoffice/doceditor?attachmentId=${report.id}`,
      headers: { Cookie: alice } };
    // Status 1 (editing) and 4 (closed without changes): the callbacks that carry no file. Signed in advance.
    const callbacks = Array.from({ length: 64 }, (_, i) =>
      signedCallback({ key: config.document.key, status: i % 2 ? 4 : 1, users: [userId], actions: [{ type: 1, userid: userId }] }))
      .map((signed) => ({ method: 'POST' as const, url: config.editorConfig.callbackUrl, headers: signed.headers, body: signed.body }));

    await resetCalls(host.url);
    await load(() => page, { concurrency: 1, count: 1, warmup: 0 });
    const settingsReadsPerEditorPage = count((await metrics(host.url)).calls, 'SettingsStore.read');
    await resetCalls(host.url);
    await load(() => callbacks[1], { concurrency: 1, count: 1, warmup: 0 });
    const settingsReadsPerCallback = count((await metrics(host.url)).calls, 'SettingsStore.read');

    const editorPage: RateFigures[] = [];
    const callbackRates: RateFigures[] = [];
    for (const concurrency of CONCURRENCY) {
      editorPage.push(await measured(host.url, 'editor-servlet', () => page, concurrency, 2000));
    }
    for (const concurrency of CONCURRENCY) {
      callbackRates.push(await measured(host.url, 'callback-servlet', (i) => callbacks[i % callbacks.length], concurrency, 3000));
    }
    return { editorPage, callbacks: callbackRates, settingsReadsPerEditorPage, settingsReadsPerCallback };
  } finally {
    await host.stop();
  }
}
