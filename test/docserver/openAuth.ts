// Server-side checks of an editor config (docs-api §2.5), done where real DS authenticates the websocket.
// With JWT on, the token is what counts: signed fields are read from it, and the page must not contradict it.
import { SimConfig } from './config';
import { Claims, verifyToken } from './jwt';

export const ERR_TOKEN = -20; // "The document security token is not correctly formed" (VKeyEncrypt)
export const ERR_TOKEN_EXPIRED = -21; // KeyExpire
export const ERR_ACCESS_DENIED = -23; // close code 4004 "access deny"
export const ERR_DOWNLOAD = -4; // "Download failed"
export const ERR_CONFIG = -1;

const USER_ID_MAX_LENGTH = 240;

export interface OpenRequest {
  key: string;
  url: string;
  fileType: string;
  title: string;
  documentType: string;
  mode: 'edit' | 'view';
  callbackUrl?: string;
  user: { id: string; name: string };
  forcesaveButton: boolean;
  /** The config came with a verified token: its URLs may reach private addresses and get signed requests. */
  verified: boolean;
}

export type OpenCheck = { ok: true; open: OpenRequest } | { ok: false; errorCode: number; errorDescription: string };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

const refuse = (errorCode: number, errorDescription: string): OpenCheck => ({ ok: false, errorCode, errorDescription });
const malformed = (why: string) => refuse(ERR_TOKEN, `The document security token is not correctly formed (${why})`);
const denied = (why: string) => refuse(ERR_ACCESS_DENIED, `Access denied: ${why}`);

export function checkOpen(config: Obj, token: unknown, cfg: SimConfig): OpenCheck {
  const page = { doc: obj(config.document), ed: obj(config.editorConfig) };
  let signed = page;
  let claims: Claims | undefined;
  if (cfg.secret) {
    const v = verifyToken(token, cfg.secret);
    if (!v.ok) {
      if (v.reason === 'expired') return refuse(ERR_TOKEN_EXPIRED, 'The document security token has expired');
      return malformed(v.reason === 'missing' ? 'no token' : 'signature check failed');
    }
    claims = v.claims;
    // A command, conversion or download token must not be replayable as a config token.
    for (const f of ['url', 'payload', 'key']) if (f in claims) return denied(`invalid token format: top-level "${f}"`);
    signed = { doc: obj(claims.document), ed: obj(claims.editorConfig) };
    const missing = requiredMissing(page, signed);
    if (missing) return malformed(`${missing} is not in the token`);
    const mismatch = contradiction(page, signed);
    if (mismatch) return mismatch;
  }
  const key = str(signed.doc.key);
  const url = str(signed.doc.url);
  if (!key) return refuse(ERR_CONFIG, 'document.key is missing');
  if (!url) return refuse(ERR_CONFIG, 'document.url is missing');
  const fileType = (str(signed.doc.fileType) ?? str(page.doc.fileType) ?? '').toLowerCase();
  const user = obj(signed.ed.user ?? page.ed.user);
  const userId = str(user.id) ?? `uid-${Math.random().toString(16).slice(2, 10)}`;
  if (userId.length > USER_ID_MAX_LENGTH) return refuse(ERR_CONFIG, 'User id too long');
  const permissions = obj(signed.doc.permissions ?? page.doc.permissions);
  // The page may narrow edit to view; the token's mode wins otherwise.
  const viewOnly = signed.ed.mode === 'view' || page.ed.mode === 'view' || permissions.edit === false;
  const callbackUrl = str(signed.ed.callbackUrl);
  return {
    ok: true,
    open: {
      key,
      url,
      fileType,
      title: str(signed.doc.title) ?? str(page.doc.title) ?? `Unnamed.${fileType}`,
      documentType: str(config.documentType) ?? '',
      mode: viewOnly ? 'view' : 'edit',
      callbackUrl: callbackUrl ? normaliseUrl(callbackUrl) : undefined,
      user: { id: userId, name: str(user.name) ?? userId },
      forcesaveButton: obj(obj(claims?.editorConfig ?? page.ed).customization).forcesave === true,
      verified: !!cfg.secret,
    },
  };
}

/** tokenRequiredParams: key and url always; permissions, callbackUrl and a non-view mode when the page has them. */
function requiredMissing(page: { doc: Obj; ed: Obj }, signed: { doc: Obj; ed: Obj }): string | undefined {
  if (signed.doc.key === undefined) return 'document.key';
  if (signed.doc.url === undefined) return 'document.url';
  if (page.doc.permissions !== undefined && signed.doc.permissions === undefined) return 'document.permissions';
  if (page.ed.callbackUrl !== undefined && signed.ed.callbackUrl === undefined) return 'editorConfig.callbackUrl';
  if (page.ed.mode !== 'view' && signed.ed.mode === undefined) return 'editorConfig.mode';
  return undefined;
}

/**
 * Real DS denies access when the page's permissions differ from the token's; for key, url and callbackUrl
 * it silently uses the token. The simulator refuses those mismatches too, to expose host bugs early.
 * The mode is not compared: a page may narrow edit to view, and a token saying view simply wins.
 */
function contradiction(page: { doc: Obj; ed: Obj }, signed: { doc: Obj; ed: Obj }): OpenCheck | undefined {
  if (page.doc.permissions !== undefined && !deepEqual(page.doc.permissions, signed.doc.permissions)) return denied('document.permissions differ from the token');
  for (const [label, a, b] of [
    ['document.key', page.doc.key, signed.doc.key],
    ['document.url', page.doc.url, signed.doc.url],
    ['editorConfig.callbackUrl', page.ed.callbackUrl, signed.ed.callbackUrl],
  ] as const) {
    if (a !== undefined && a !== b) return malformed(`${label} differs from the token`);
  }
  return undefined;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as Obj);
  const kb = Object.keys(b as Obj);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Obj)[k], (b as Obj)[k]));
}

/** DS stores callback URLs as URI.serialize(URI.parse(url)): IRIs become URIs (space -> %20). */
function normaliseUrl(u: string): string {
  try {
    return new URL(u).href;
  } catch {
    return u;
  }
}
