// JWT handling as DS does it: verify inbound tokens (HS256/384/512, 60 s tolerance), sign outbound ones.
import jwt from 'jsonwebtoken';
import type { IncomingHttpHeaders } from 'http';
import { BEARER_PREFIX, CLOCK_TOLERANCE_SEC, OUTBOX_EXPIRES_SEC } from './config';

export type Claims = Record<string, unknown>;
export type VerifyResult = { ok: true; claims: Claims } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

// DS passes no `algorithms` option, so jsonwebtoken accepts the HMAC family and refuses `none`.
const HMAC_ALGORITHMS: jwt.Algorithm[] = ['HS256', 'HS384', 'HS512'];

export function verifyToken(token: unknown, secret: string): VerifyResult {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  try {
    const decoded = jwt.verify(token, secret, { algorithms: HMAC_ALGORITHMS, clockTolerance: CLOCK_TOLERANCE_SEC });
    if (typeof decoded !== 'object' || decoded === null) return { ok: false, reason: 'invalid' };
    return { ok: true, claims: decoded as Claims };
  } catch (e) {
    return { ok: false, reason: e instanceof jwt.TokenExpiredError ? 'expired' : 'invalid' };
  }
}

/** HS256 with iat and exp = iat + 300, like token.outbox. */
export function signOutbox(payload: object, secret: string): string {
  return jwt.sign(payload, secret, { algorithm: 'HS256', expiresIn: OUTBOX_EXPIRES_SEC });
}

/** Token from `<header>: Bearer <jwt>`, or undefined. */
export function bearerToken(headers: IncomingHttpHeaders, headerName: string): string | undefined {
  const raw = headers[headerName.toLowerCase()];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith(BEARER_PREFIX)) return undefined;
  return value.slice(BEARER_PREFIX.length).trim() || undefined;
}

export type InboundParams =
  | { ok: true; params: Claims; verified: boolean }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

/**
 * Parameters of a /command or /converter request (docs-api §5.4): the body token first, else the header;
 * with JWT on only what the token holds counts (flat, `payload` and `query` merged).
 */
export function inboundParams(body: Claims, headers: IncomingHttpHeaders, secret: string | null, headerName: string): InboundParams {
  if (!secret) {
    const { token: _ignored, ...plain } = body;
    return { ok: true, params: plain, verified: false };
  }
  const token = typeof body.token === 'string' && body.token ? body.token : bearerToken(headers, headerName);
  const result = verifyToken(token, secret);
  if (!result.ok) return result;
  const { iat: _iat, exp: _exp, nbf: _nbf, payload, query, ...flat } = result.claims;
  const params: Claims = { ...flat, ...asObject(payload), ...asObject(query) };
  return { ok: true, params, verified: true };
}

function asObject(v: unknown): Claims {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Claims) : {};
}
