// Shared test helpers: a tiny "host" HTTP server that serves documents and records callbacks,
// config signing, and small HTTP/polling utilities. Used only by the *.test.ts files here.
import { readFileSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';
import jwt from 'jsonwebtoken';
import type { DocServer } from './server';

export const SECRET = 'test-secret-0123456789';
export const SAMPLE_DOCX = readFileSync(join(__dirname, 'fixtures', 'sample.docx'));

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json?: Record<string, unknown>;
  at: number;
}

export interface Reply {
  status: number;
  body?: string;
  delayMs?: number;
  headers?: Record<string, string>;
}

const OK: Reply = { status: 200, body: '{"error":0}' };

/** The host application as DS sees it: file downloads and callback endpoints. */
export class FakeHost {
  readonly requests: Recorded[] = [];
  private readonly files = new Map<string, { bytes: Buffer; replies: Reply[] }>();
  private readonly callbackReplies = new Map<string, Reply[]>();

  private constructor(private readonly server: http.Server, readonly url: string) {}

  static async start(): Promise<FakeHost> {
    let host: FakeHost | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => host?.handle(req, Buffer.concat(chunks), res));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = new FakeHost(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return host;
  }

  /** Serves bytes at path; `replies` are used one per request before the default 200 (the last one repeats). */
  serve(path: string, bytes: Buffer, ...replies: Reply[]): string {
    this.files.set(path, { bytes, replies });
    return this.url + path;
  }

  callbackUrl(name: string): string {
    return `${this.url}/callback/${name}`;
  }

  /** Queue answers for /callback/<name>; afterwards it answers 200 {"error":0}. */
  replyToCallback(name: string, ...replies: Reply[]): void {
    this.callbackReplies.set(name, [...(this.callbackReplies.get(name) ?? []), ...replies]);
  }

  callbacks(name?: string): Recorded[] {
    return this.requests.filter((r) => r.path.startsWith(name ? `/callback/${name}` : '/callback/'));
  }

  downloads(path: string): Recorded[] {
    return this.requests.filter((r) => r.method === 'GET' && r.path === path);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    const rec: Recorded = { method: req.method ?? '', path, headers: req.headers, body, at: Date.now() };
    if (body.length) {
      try {
        rec.json = JSON.parse(body.toString('utf8'));
      } catch {
        /* not JSON */
      }
    }
    this.requests.push(rec);
    let reply: Reply;
    let bytes: Buffer | undefined;
    if (path.startsWith('/callback/')) {
      const queue = this.callbackReplies.get(path.slice('/callback/'.length)) ?? [];
      reply = queue.shift() ?? OK;
    } else {
      const file = this.files.get(path);
      if (!file) reply = { status: 404, body: 'not found' };
      else {
        reply = (file.replies.length > 1 ? file.replies.shift() : file.replies[0]) ?? { status: 200 };
        bytes = reply.body === undefined ? file.bytes : undefined;
      }
    }
    setTimeout(() => {
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(bytes ?? reply.body ?? '');
    }, reply.delayMs ?? 0);
  }
}

export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

export interface ConfigOptions {
  key?: string;
  path?: string;
  fileType?: string;
  user?: { id: string; name: string };
  mode?: 'edit' | 'view';
  callback?: string;
  permissions?: Record<string, unknown>;
  forcesave?: boolean;
}

/** An editor config the way a host would build it (unsigned). */
export function makeConfig(host: FakeHost, o: ConfigOptions = {}): Record<string, any> {
  const fileType = o.fileType ?? 'docx';
  const config: Record<string, any> = {
    documentType: 'word',
    document: {
      fileType,
      key: o.key ?? 'key-1',
      title: `Report.${fileType}`,
      url: host.url + (o.path ?? '/files/report.docx'),
      permissions: o.permissions ?? { edit: true, download: true, comment: true },
    },
    editorConfig: {
      callbackUrl: host.callbackUrl(o.callback ?? 'main'),
      mode: o.mode ?? 'edit',
      lang: 'en',
      user: o.user ?? { id: 'u1', name: 'Alice' },
      customization: o.forcesave ? { forcesave: true } : {},
    },
  };
  return config;
}

export function sign(payload: object, secret = SECRET, opts: jwt.SignOptions = {}): string {
  return jwt.sign(payload, secret, { algorithm: 'HS256', ...opts });
}

/** Opens an editor session as the editor page would (POST /__sim/open); token null = send none. */
export async function openEditor(ds: DocServer, config: Record<string, any>, token: string | null = sign(config)) {
  return postJson(`${ds.url}/__sim/open`, token === null ? { config } : { config, token });
}

export async function typeText(ds: DocServer, sessionId: string, text: string) {
  return postJson(`${ds.url}/__sim/edit`, { sessionId, text });
}

export async function closeEditor(ds: DocServer, sessionId: string) {
  return postJson(`${ds.url}/__sim/close`, { sessionId });
}

/** Verifies both callback tokens; returns the body token payload and the header token payload. */
export function verifyCallback(rec: Recorded, secret = SECRET, header = 'authorization') {
  const bodyToken = jwt.verify(String(rec.json?.token), secret) as Record<string, any>;
  const auth = String(rec.headers[header.toLowerCase()] ?? '');
  if (!auth.startsWith('Bearer ')) throw new Error(`no Bearer token in ${header}`);
  const headerToken = jwt.verify(auth.slice(7), secret) as Record<string, any>;
  return { body: bodyToken, header: headerToken };
}

export async function fetchBytes(url: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const res = await fetch(url);
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}
