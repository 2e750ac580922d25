// Knobs of the simulator, with the real Document Server defaults (docs-api §10).
import { randomBytes } from 'crypto';

export interface DocServerOptions {
  port?: number; // 0 = random; default 0
  host?: string; // default '127.0.0.1'
  secret?: string | null; // shared JWT secret (inbox = outbox = browser); null/'' = JWT disabled entirely
  jwtHeader?: string; // default 'Authorization'; prefix always 'Bearer '
  saveDelayMs?: number; // savetimeoutdelay, default 5000
  callbackBackoffMs?: number; // base of the retry backoff, default 1000 (delays base, 2*base, 4*base)
  callbackRetries?: number; // default 3 further attempts
  callbackTimeoutMs?: number; // default 600000 (callbackRequestTimeout)
  downloadAttempts?: number; // default 3
  downloadDelayMs?: number; // default 1000
  downloadTimeoutMs?: number; // default 120000
  maxDownloadBytes?: number; // default 104857600
  cacheUrlTtlSec?: number; // default 900
  allowPrivateIP?: boolean; // default false (docs-api §9.3)
  version?: string; // default '9.3.1.11'
  publicUrl?: string; // base URL used in links it hands out; default: the Host the request came in on
  updateVersionStatusSec?: number; // default 300: how long a saved key refuses edit opens
  convertDelayMs?: number; // default 300: how long an async conversion stays "running"
}

export interface SimConfig {
  host: string;
  port: number;
  secret: string | null;
  jwtHeader: string;
  saveDelayMs: number;
  callbackBackoffMs: number;
  callbackRetries: number;
  callbackTimeoutMs: number;
  downloadAttempts: number;
  downloadDelayMs: number;
  downloadTimeoutMs: number;
  maxDownloadBytes: number;
  cacheUrlTtlSec: number;
  allowPrivateIP: boolean;
  version: string;
  publicUrl: string | null;
  updateVersionStatusSec: number;
  convertDelayMs: number;
  /** Signs /cache/files links (nginx secure_link secret); never leaves the process. */
  cacheSecret: string;
}

export const BEARER_PREFIX = 'Bearer ';
/** Outbound tokens live 5 minutes (token.outbox.expires). */
export const OUTBOX_EXPIRES_SEC = 300;
/** Tolerance DS applies to exp/nbf of inbound tokens. */
export const CLOCK_TOLERANCE_SEC = 60;
/** Header tokens of this length or more get history/changesurl removed (§4.5). */
export const MAX_HEADER_TOKEN_LENGTH = 7168;
/** Node's User-Agent string that DS sends with every outbound request. */
export const DS_USER_AGENT = 'Node.js/6.13';

export function resolveConfig(opts: DocServerOptions = {}): SimConfig {
  const secret = opts.secret === undefined ? null : opts.secret || null;
  return {
    host: opts.host ?? '127.0.0.1',
    port: opts.port ?? 0,
    secret,
    jwtHeader: opts.jwtHeader || 'Authorization',
    saveDelayMs: opts.saveDelayMs ?? 5000,
    callbackBackoffMs: opts.callbackBackoffMs ?? 1000,
    callbackRetries: opts.callbackRetries ?? 3,
    callbackTimeoutMs: opts.callbackTimeoutMs ?? 600000,
    downloadAttempts: opts.downloadAttempts ?? 3,
    downloadDelayMs: opts.downloadDelayMs ?? 1000,
    downloadTimeoutMs: opts.downloadTimeoutMs ?? 120000,
    maxDownloadBytes: opts.maxDownloadBytes ?? 104857600,
    cacheUrlTtlSec: opts.cacheUrlTtlSec ?? 900,
    allowPrivateIP: opts.allowPrivateIP ?? false,
    version: opts.version ?? '9.3.1.11',
    publicUrl: opts.publicUrl ? opts.publicUrl.replace(/\/+$/, '') : null,
    updateVersionStatusSec: opts.updateVersionStatusSec ?? 300,
    convertDelayMs: opts.convertDelayMs ?? 300,
    cacheSecret: randomBytes(16).toString('hex'),
  };
}

/** "9.3.1.11" -> "9.3.1", the form DS puts into history.serverVersion. */
export function serverVersion(cfg: SimConfig): string {
  return cfg.version.split('.').slice(0, 3).join('.');
}
