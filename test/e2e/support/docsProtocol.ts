import jwt from 'jsonwebtoken';
import { environment } from './environment';

// Plays the Document Server's side of the protocol by hand, to send requests a real one never would.

export async function signInCookie(user: string): Promise<string> {
  const response = await fetch(`${environment().devhostUrl}/devhost/login?user=${user}`, { redirect: 'manual' });
  const cookie = response.headers.get('set-cookie');
  if (!cookie) throw new Error(`no session cookie for ${user}`);
  return cookie.split(';')[0];
}

/** The signed editor config the app hands this user's browser for an attachment. */
export async function editorConfig(user: string, attachmentId: number): Promise<any> {
  const response = await fetch(
    `${environment().devhostUrl}/plugins/servlet/onlyoffice/editor-config?attachmentId=${attachmentId}`,
    { headers: { Cookie: await signInCookie(user), Accept: 'application/json' } },
  );
  if (!response.ok) throw new Error(`editor-config: HTTP ${response.status}`);
  return ((await response.json()) as { config: any }).config;
}

/** A callback as the Document Server sends it: body token (flat) and header token ({payload}). */
export function signedCallback(body: Record<string, unknown>, secret = environment().docsSecret): { body: string; headers: Record<string, string> } {
  const token = jwt.sign(body, secret, { expiresIn: '5m' });
  const header = jwt.sign({ payload: body }, secret, { expiresIn: '5m' });
  return {
    body: JSON.stringify({ ...body, token }),
    headers: { 'Content-Type': 'application/json', [environment().jwtHeader]: `Bearer ${header}` },
  };
}

export async function postCallback(callbackUrl: string, request: { body: string; headers: Record<string, string> }): Promise<{ status: number; json: any }> {
  const response = await fetch(callbackUrl, { method: 'POST', body: request.body, headers: request.headers });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

/** A token with "alg":"none" and no signature, which must never be accepted. */
export function unsignedToken(payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...payload, iat: Math.floor(Date.now() / 1000) })}.`;
}

/** Asks the simulator's conversion service for a real file in its cache (a link only the Docs server can make). */
export async function convertOnDocsServer(sourceUrl: string, filetype: string, outputtype: string, key: string): Promise<string> {
  const request = { async: false, filetype, outputtype, key, url: sourceUrl, title: `converted.${outputtype}` };
  const response = await fetch(`${environment().docsUrl}/converter`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ ...request, token: jwt.sign(request, environment().docsSecret, { expiresIn: '5m' }) }),
  });
  const answer = (await response.json()) as { fileUrl?: string; error?: number };
  if (!answer.fileUrl) throw new Error(`conversion failed: ${JSON.stringify(answer)}`);
  return answer.fileUrl;
}
