// A lean HTTP load client: node's http module over keep-alive sockets, request bodies prepared in advance, no
// parsing beyond draining the answer. It reports its own CPU per request so that the reader can tell it was not
// the bottleneck.
import http from 'http';
import { percentile } from './report';

export interface PreparedRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface LoadResult {
  concurrency: number;
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  clientCpuMsPerRequest: number;
}

function send(agent: http.Agent, request: PreparedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const headers: Record<string, string | number> = { ...(request.headers ?? {}) };
    if (request.body) headers['Content-Length'] = request.body.length;
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: request.method, headers },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

/**
 * Sends `count` requests (`next(i)` makes the i-th), `concurrency` at a time over as many keep-alive connections,
 * after `warmup` requests that are not measured. The measured latencies are also appended to `opts.latencies`.
 */
export async function load(next: (i: number) => PreparedRequest,
  opts: { concurrency: number; count: number; warmup: number; latencies?: number[] },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const run = async (count: number, latencies?: number[]) => {
    let issued = 0;
    await Promise.all(Array.from({ length: opts.concurrency }, async () => {
      while (issued < count) {
        const request = next(issued++);
        const t0 = process.hrtime.bigint();
        const status = await send(agent, request);
        if (latencies) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (status !== 200) throw new Error(`${request.method} ${request.url}: HTTP ${status}`);
      }
    }));
  };
  try {
    await run(opts.warmup);
    const latencies: number[] = [];
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await run(opts.count, latencies);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    opts.latencies?.push(...latencies);
    latencies.sort((a, b) => a - b);
    return {
      concurrency: opts.concurrency,
      requests: opts.count,
      seconds,
      perSecond: opts.count / seconds,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      clientCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / opts.count,
    };
  } finally {
    agent.destroy();
  }
}
