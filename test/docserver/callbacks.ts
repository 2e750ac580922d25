// Outbound callbacks (docs-api §4): POST JSON with body token and header token, success = 200/204 with
// JSON error == 0, retries only for status 2/3 on network errors, timeouts, 429 and 5xx.
import { BEARER_PREFIX, DS_USER_AGENT, MAX_HEADER_TOKEN_LENGTH, SimConfig } from './config';
import { signOutbox } from './jwt';
import { assertAllowedTarget } from './netPolicy';
import { OutboundError, request } from './outbound';
import { Timers } from './timers';

export type CallbackBody = { key: string; status: number } & Record<string, unknown>;

export interface CallbackAttempt {
  key: string;
  status: number;
  url: string;
  attempt: number;
  at: string;
  httpStatus: number | null;
  error?: string;
  responseBody?: string;
  success: boolean;
  /** The plain body as sent (tokens excluded), after the 7168-character rule was applied. */
  body: Record<string, unknown>;
  headerTrimmed: boolean;
}

export interface CallbackOutcome {
  success: boolean;
  attempts: number;
  /** The last answer was final (no retry would help) rather than a transport failure. */
  lastError?: string;
}

const RETRIED_STATUSES = new Set([2, 3]);

export class CallbackClient {
  constructor(private readonly cfg: SimConfig, private readonly timers: Timers) {}

  async send(url: string, body: CallbackBody, trusted: boolean, log: (a: CallbackAttempt) => void): Promise<CallbackOutcome> {
    const retries = RETRIED_STATUSES.has(body.status) ? this.cfg.callbackRetries : 0;
    let lastError: string | undefined;
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      if (attempt > 1) {
        const delay = this.cfg.callbackBackoffMs * 2 ** (attempt - 2); // base, 2*base, 4*base
        if (!(await this.timers.sleep(delay))) return { success: false, attempts: attempt - 1, lastError: 'simulator stopped' };
      }
      const r = await this.once(url, body, trusted, attempt, log); // re-signed on every attempt
      if (r.success) return { success: true, attempts: attempt };
      lastError = r.error;
      if (!r.retryable || this.timers.stopped) return { success: false, attempts: attempt, lastError };
    }
    return { success: false, attempts: retries + 1, lastError };
  }

  private async once(url: string, fields: CallbackBody, trusted: boolean, attempt: number, log: (a: CallbackAttempt) => void) {
    const { headers, body, headerTrimmed } = this.sign(fields);
    const plain = { ...body };
    delete plain.token;
    const entry: CallbackAttempt = { key: fields.key, status: fields.status, url, attempt, at: new Date().toISOString(), httpStatus: null, success: false, body: plain, headerTrimmed };
    try {
      await assertAllowedTarget(url, trusted, this.cfg.allowPrivateIP);
      const res = await request({ method: 'POST', url, headers, body: Buffer.from(JSON.stringify(body), 'utf8'), timeoutMs: this.cfg.callbackTimeoutMs, signal: this.timers.signal });
      entry.httpStatus = res.status;
      entry.responseBody = res.body.toString('utf8').slice(0, 2000);
      if (res.status !== 200 && res.status !== 204) {
        entry.error = `HTTP ${res.status}`;
        return { success: false, retryable: res.status === 429 || (res.status >= 500 && res.status <= 599), error: entry.error };
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(entry.responseBody);
      } catch {
        entry.error = 'answer is not JSON';
        return { success: false, retryable: false, error: entry.error };
      }
      // DS compares with ==, so "0" passes too.
      entry.success = typeof parsed === 'object' && parsed !== null && (parsed as { error?: unknown }).error == 0;
      if (!entry.success) entry.error = `answer ${entry.responseBody}`;
      return { success: entry.success, retryable: false, error: entry.error };
    } catch (e) {
      entry.error = `${e instanceof OutboundError ? e.code : 'ENETWORK'}: ${(e as Error).message}`;
      return { success: false, retryable: true, error: entry.error };
    } finally {
      log(entry);
    }
  }

  /** Body token over the full fields; header token {payload}; the 7168 rule trims header and plain body only. */
  private sign(fields: CallbackBody): { headers: Record<string, string>; body: Record<string, unknown>; headerTrimmed: boolean } {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': DS_USER_AGENT };
    const secret = this.cfg.secret;
    if (!secret) return { headers, body: { ...fields }, headerTrimmed: false };
    const bodyToken = signOutbox({ ...fields }, secret);
    let plain: Record<string, unknown> = { ...fields };
    let headerToken = signOutbox({ payload: plain }, secret);
    let headerTrimmed = false;
    if (headerToken.length >= MAX_HEADER_TOKEN_LENGTH) {
      plain = { ...plain, history: {} };
      delete plain.changesurl;
      headerToken = signOutbox({ payload: plain }, secret);
      headerTrimmed = true;
    }
    headers[this.cfg.jwtHeader] = BEARER_PREFIX + headerToken;
    return { headers, body: { ...plain, token: bodyToken }, headerTrimmed };
  }
}
