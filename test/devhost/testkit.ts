// Helpers for the dev host's own jest tests: a host on a free port with the probe fixtures, and a cookie-keeping client.
import fs from 'fs';
import path from 'path';
import { ensureBuilt, repoRoot } from './build';
import { startDevHost, type DevHostOptions, type RunningDevHost } from './launcher';

export const BUILD_TIMEOUT_MS = 15 * 60_000;
export const PROBE_MODULES = path.join(repoRoot, 'test/fixtures/devhost/probe-modules.xml');

export async function startTestHost(opts: DevHostOptions = {}): Promise<RunningDevHost> {
  await ensureBuilt();
  return startDevHost({ port: 0, quiet: true, extraDescriptors: [PROBE_MODULES], ...opts });
}

/** The plugin key as the build filtered it into target/classes/atlassian-plugin.xml. */
export function pluginKey(): string {
  const xml = fs.readFileSync(path.join(repoRoot, 'target/classes/atlassian-plugin.xml'), 'utf8');
  return /<atlassian-plugin[^>]*\skey="([^"]+)"/.exec(xml)![1];
}

/** The app's i18n texts (plain key=value lines are all the app uses). */
export function i18nTexts(): Record<string, string> {
  const file = fs.readFileSync(path.join(repoRoot, 'target/classes/i18n/docsbridge.properties'), 'utf8');
  const texts: Record<string, string> = {};
  for (const line of file.split(/\r?\n/)) {
    const m = /^\s*([^#!\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
    // The files are ASCII with \uXXXX escapes (scripts/i18n-escape.js); read them as java.util.Properties does.
    if (m) texts[m[1]] = m[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return texts;
}

/** A browser-like client: keeps the session cookie, never follows redirects (tests look at them). */
export class Client {
  private cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  async get(pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
    return this.fetch(pathAndQuery, { ...init, method: init.method ?? 'GET' });
  }

  async fetch(pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(this.base + pathAndQuery, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }

  async login(user: string): Promise<void> {
    const response = await this.get(`/devhost/login?user=${user}`);
    if (response.status !== 302) throw new Error(`login as ${user}: HTTP ${response.status}`);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export async function json<T = unknown>(response: Response): Promise<T> {
  if (!response.headers.get('content-type')?.startsWith('application/json')) {
    throw new Error(`expected JSON, got ${response.status} ${response.headers.get('content-type')}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}
