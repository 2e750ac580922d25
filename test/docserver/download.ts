// How DS fetches document.url and conversion sources (docs-api §3): GET, 200/206 only, redirects followed,
// header JWT {payload:{url}} only for verified requests, 3 attempts 1 s apart, no retry after timeout/size.
import { BEARER_PREFIX, DS_USER_AGENT, SimConfig } from './config';
import { signOutbox } from './jwt';
import { assertAllowedTarget } from './netPolicy';
import { OutboundError, request } from './outbound';
import { Timers } from './timers';

const MAX_REDIRECTS = 21; // follow-redirects default

export interface DownloadAttempt {
  url: string;
  attempt: number;
  at: string;
  httpStatus: number | null;
  error?: string;
  redirects: string[];
  withToken: boolean;
}

export type DownloadFailure = 'size' | 'timeout' | 'http' | 'network' | 'blocked' | 'cancelled';
export type DownloadResult = { ok: true; bytes: Buffer } | { ok: false; failure: DownloadFailure; message: string };

export interface DownloadRequest {
  url: string;
  /** The URL came from a JWT-verified config or request: sign the GET and allow private addresses. */
  verified: boolean;
}

export class Downloader {
  constructor(private readonly cfg: SimConfig, private readonly timers: Timers) {}

  async download(req: DownloadRequest, log: (a: DownloadAttempt) => void): Promise<DownloadResult> {
    const attempts = Math.max(1, this.cfg.downloadAttempts);
    let last: DownloadResult = { ok: false, failure: 'network', message: 'not attempted' };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1 && !(await this.timers.sleep(this.cfg.downloadDelayMs))) return { ok: false, failure: 'cancelled', message: 'simulator stopped' };
      last = await this.once(req, attempt, log);
      if (last.ok || last.failure === 'size' || last.failure === 'timeout') return last;
      if (this.timers.stopped) return { ok: false, failure: 'cancelled', message: 'simulator stopped' };
    }
    return last;
  }

  private async once(req: DownloadRequest, attempt: number, log: (a: DownloadAttempt) => void): Promise<DownloadResult> {
    const withToken = !!this.cfg.secret && req.verified;
    const entry: DownloadAttempt = { url: req.url, attempt, at: new Date().toISOString(), httpStatus: null, redirects: [], withToken };
    try {
      await assertAllowedTarget(req.url, req.verified, this.cfg.allowPrivateIP);
      const headers: Record<string, string> = {
        'User-Agent': DS_USER_AGENT,
        Accept: 'application/json, text/plain, */*',
      };
      // DS signs the URL exactly as the config wrote it, not the normalised request line.
      if (withToken) headers[this.cfg.jwtHeader] = BEARER_PREFIX + signOutbox({ payload: { url: req.url } }, this.cfg.secret as string);
      let url = req.url;
      for (;;) {
        const res = await request({ method: 'GET', url, headers, timeoutMs: this.cfg.downloadTimeoutMs, maxBytes: this.cfg.maxDownloadBytes, signal: this.timers.signal });
        entry.httpStatus = res.status;
        const location = res.headers.location;
        if (res.status >= 300 && res.status < 400 && location) {
          if (entry.redirects.length >= MAX_REDIRECTS) throw new OutboundError('EREDIRECTS', 'too many redirects');
          const next = new URL(location, url).href;
          // follow-redirects drops Authorization (only that name) when the host changes; unverified detail.
          if (new URL(next).host !== new URL(url).host) delete headers.Authorization;
          entry.redirects.push(next);
          url = next;
          continue;
        }
        if (res.status !== 200 && res.status !== 206) {
          entry.error = `HTTP ${res.status}`;
          return { ok: false, failure: 'http', message: `Error response: statusCode:${res.status}` };
        }
        return { ok: true, bytes: res.body };
      }
    } catch (e) {
      const code = e instanceof OutboundError ? e.code : 'ENETWORK';
      entry.error = `${code}: ${(e as Error).message}`;
      const failure: DownloadFailure = code === 'EMSGSIZE' ? 'size' : code === 'ETIMEDOUT' ? 'timeout' : code === 'EBLOCKED' ? 'blocked' : 'network';
      return { ok: false, failure, message: entry.error };
    } finally {
      log(entry);
    }
  }
}
