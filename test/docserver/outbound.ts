// One outbound HTTP request (no redirects, no retries): the primitive under downloads and callbacks.
import http from 'http';
import https from 'https';

export interface OutboundRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
  maxBytes?: number;
  /** Aborts the request when the simulator shuts down. */
  signal?: AbortSignal;
}

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Error codes used: ETIMEDOUT (no retry for downloads), EMSGSIZE (size limit), plus Node's socket errors. */
export class OutboundError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

// No keep-alive pool: every request gets its own socket, so closing the simulator leaves nothing open.
const httpAgent = new http.Agent({ keepAlive: false });
const httpsAgent = new https.Agent({ keepAlive: false });

export function request(r: OutboundRequest): Promise<OutboundResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(r.url);
    const isHttps = url.protocol === 'https:';
    if (!isHttps && url.protocol !== 'http:') {
      reject(new OutboundError('EPROTO', `unsupported protocol ${url.protocol}`));
      return;
    }
    const headers: Record<string, string> = { ...r.headers };
    if (r.body) headers['Content-Length'] = String(r.body.length);
    const req = (isHttps ? https : http).request(url, { method: r.method, headers, agent: isHttps ? httpsAgent : httpAgent, signal: r.signal }, (res) => {
      const declared = Number(res.headers['content-length']);
      if (r.maxBytes !== undefined && declared > r.maxBytes) {
        res.destroy();
        fail(new OutboundError('EMSGSIZE', `Content-Length ${declared} exceeds ${r.maxBytes}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (r.maxBytes !== undefined && size > r.maxBytes) {
          res.destroy();
          fail(new OutboundError('EMSGSIZE', `body exceeds ${r.maxBytes} bytes`));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (e) => fail(new OutboundError('ECONNRESET', e.message)));
    });
    let finished = false;
    const timer = setTimeout(() => {
      fail(new OutboundError('ETIMEDOUT', `no complete answer within ${r.timeoutMs} ms`));
      req.destroy();
    }, r.timeoutMs);
    function done(v: OutboundResponse) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      resolve(v);
    }
    function fail(e: Error) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      reject(e);
    }
    req.on('error', (e: NodeJS.ErrnoException) => fail(new OutboundError(e.code || 'ENETWORK', e.message)));
    req.end(r.body);
  });
}
