// Editor page and callback rates on the dev host: a lean keep-alive client (its own CPU reported), warm-up,
// concurrency 1, 8 and 32, p50/p99 latency, and the server's CPU per request: the dev host JVM's CPU time over the
// run divided by the requests (HTTP stack, GC, JIT included), and the app's servlet's own share.
// Warm means JIT-compiled: the request path is compiled after thousands of requests, so a fixed few hundred
// measured the interpreter (the editor page read 0.8 ms of app CPU at c=1 after 500 requests, ~0.1 ms after
// 10,000; JFR showed the same code in both). Each endpoint is warmed until its CPU per request stops falling.
import jwt from 'jsonwebtoken';
import { startDevHost } from '../devhost/start';
import { cookieFor, count, metrics, resetCalls } from './devhostMetrics';
import { load, type LoadResult, type PreparedRequest } from './leanClient';
import { percentile } from './report';

const SECRET = 'bench-secret-5c2e8a';

export interface RateFigures extends LoadResult {
  /** The dev host JVM's CPU (all threads: HTTP stack, GC, JIT, the app) per request. */
  serverCpuMsPerRequest: number;
  /** The app's servlet alone: the request thread's CPU inside its service(). */
  appCpuMsPerRequest: number;
  /** The app's settings reads (SettingsStore.read) during the measured requests. */
  settingsReads: number;
}

export interface WarmUp {
  /** Requests sent before the first measured run. */
  requests: number;
  /** The app servlet's CPU per request in the last warm-up round. */
  lastAppCpuMs: number;
  /** JIT compilation time during the last warm-up round (the JIT recompiles now and then for a long time after). */
  lastJitMs: number;
  /** Whether the CPU per request stopped falling (else the round limit ended the warm-up). */
  settled: boolean;
}

export interface RatesFigures {
  editorPage: RateFigures[];
  callbacks: RateFigures[];
  editorWarmUp: WarmUp;
  callbackWarmUp: WarmUp;
  settingsReadsPerEditorPage: number;
  settingsReadsPerCallback: number;
}

const CONCURRENCY = [1, 8, 32];
const WARMUP_ROUND = 2000;
/** Past the JIT's thresholds for its optimising compiler (HotSpot's Tier4 thresholds: 5,000 calls, 15,000 loops). */
const WARMUP_MIN_ROUNDS = 5;
const WARMUP_MAX_ROUNDS = 15;

/**
 * Warms an endpoint up (8 at a time, so that several request threads are warm) in rounds of 2,000 requests: at
 * least 10,000, then until the app servlet's CPU per request has not improved by 10 % on the best round for two
 * rounds in a row. (Waiting for the JIT to go quiet does not end: HotSpot keeps recompiling Jetty and Velocity code
 * now and then, about a second of compilation per round, while the CPU per request no longer moves.)
 */
async function warmUp(baseUrl: string, servlet: string, next: (i: number) => PreparedRequest): Promise<WarmUp> {
  let best = Infinity;
  let flat = 0;
  let requests = 0;
  let lastAppCpuMs = NaN;
  let lastJitMs = NaN;
  for (let round = 1; round <= WARMUP_MAX_ROUNDS; round++) {
    await resetCalls(baseUrl);
    const before = await metrics(baseUrl);
    await load(next, { concurrency: 8, count: WARMUP_ROUND, warmup: 0 });
    requests += WARMUP_ROUND;
    const after = await metrics(baseUrl);
    const app = after.servletCpu[servlet];
    lastAppCpuMs = app.cpuNanos / 1e6 / app.requests;
    lastJitMs = after.jitMillis - before.jitMillis;
    flat = lastAppCpuMs < best * 0.9 ? 0 : flat + 1;
    best = Math.min(best, lastAppCpuMs);
    if (round >= WARMUP_MIN_ROUNDS && flat >= 2) return { requests, lastAppCpuMs, lastJitMs, settled: true };
  }
  return { requests, lastAppCpuMs, lastJitMs, settled: false };
}

/** The measured requests are sent in this many batches; CPU per request is the median batch's (see measured). */
export const BATCHES = 5;

/**
 * One concurrency level: rate and latencies over all requests; CPU per request as the median of 5 batches, because
 * on 2 cores shared with other work a burst of someone else's load inflates a batch's CPU (cold caches, preemption)
 * without saying anything about the app.
 */
async function measured(baseUrl: string, servlet: string, next: (i: number) => PreparedRequest, concurrency: number,
  requests: number): Promise<RateFigures> {
  // The endpoint is warm (warmUp); these settle the connections and threads of this concurrency.
  await load(next, { concurrency, count: 1, warmup: Math.max(300, requests / 4) });
  const perBatch = Math.floor(requests / BATCHES);
  const batches: Array<{ result: LoadResult; serverCpuMs: number; appCpuMs: number; settingsReads: number }> = [];
  const latencies: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    await resetCalls(baseUrl);
    const before = await metrics(baseUrl);
    const result = await load(next, { concurrency, count: perBatch, warmup: 0, latencies });
    const after = await metrics(baseUrl);
    const app = after.servletCpu[servlet];
    batches.push({
      result,
      serverCpuMs: (after.processCpuNanos - before.processCpuNanos) / 1e6 / perBatch,
      appCpuMs: app ? app.cpuNanos / 1e6 / app.requests : NaN,
      settingsReads: count(after.calls, 'SettingsStore.read'),
    });
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  const seconds = batches.reduce((sum, b) => sum + b.result.seconds, 0);
  latencies.sort((x, y) => x - y);
  return {
    concurrency,
    requests: perBatch * BATCHES,
    seconds,
    perSecond: (perBatch * BATCHES) / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    clientCpuMsPerRequest: median(batches.map((b) => b.result.clientCpuMsPerRequest)),
    serverCpuMsPerRequest: median(batches.map((b) => b.serverCpuMs)),
    appCpuMsPerRequest: median(batches.map((b) => b.appCpuMs)),
    settingsReads: batches.reduce((sum, b) => sum + b.settingsReads, 0),
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
    const nextCallback = (i: number) => callbacks[i % callbacks.length];
    const editorWarmUp = await warmUp(host.url, 'editor-servlet', () => page);
    for (const concurrency of CONCURRENCY) {
      editorPage.push(await measured(host.url, 'editor-servlet', () => page, concurrency, 2000));
    }
    const callbackWarmUp = await warmUp(host.url, 'callback-servlet', nextCallback);
    for (const concurrency of CONCURRENCY) {
      callbackRates.push(await measured(host.url, 'callback-servlet', nextCallback, concurrency, 3000));
    }
    return { editorPage, callbacks: callbackRates, editorWarmUp, callbackWarmUp, settingsReadsPerEditorPage, settingsReadsPerCallback };
  } finally {
    await host.stop();
  }
}
