import { environment } from './environment';

// The dev host's JSON test API (contract in the README and issue #3).
export interface AttachmentInfo {
  id: number;
  pageId: number;
  fileName: string;
  version: number;
  size: number;
  sha256: string;
  mediaType: string;
  lastModifier: string;
  comment?: string;
}

/** What the dev host's history store keeps for an attachment (the index is null when there is none). */
export interface HistoryData {
  id: number;
  index: { versions: Record<string, { size: number; modified: number; archive?: string; changes?: unknown[] }> } | null;
  archives: string[];
}

// Every call is bounded, so that a dev host that stops answering fails the test with the call's name instead of
// running into jest's per-test limit with no hint where it stood.
const CALL_TIMEOUT_MS = 15000;
const bounded = () => AbortSignal.timeout(CALL_TIMEOUT_MS);

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${environment().devhostUrl}/devhost/api${path}`, {
    method,
    signal: bounded(),
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const devhost = {
  attachments: () => call<AttachmentInfo[]>('GET', '/attachments'),
  versions: (id: number) => call<AttachmentInfo[]>('GET', `/attachments/${id}/versions`),
  byName: async (fileName: string) => {
    const found = (await devhost.attachments()).find((a) => a.fileName === fileName);
    if (!found) throw new Error(`no attachment ${fileName}`);
    return found;
  },
  content: async (id: number, version: number) => {
    const response = await fetch(`${environment().devhostUrl}/devhost/api/attachments/${id}/content?version=${version}`, { signal: bounded() });
    if (!response.ok) throw new Error(`content: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  },
  upload: async (pageId: number, fileName: string, bytes: Buffer, user = 'admin') => {
    const response = await fetch(
      `${environment().devhostUrl}/devhost/api/attachments?pageId=${pageId}&fileName=${encodeURIComponent(fileName)}&user=${user}`,
      { method: 'POST', body: new Uint8Array(bytes), signal: bounded() },
    );
    if (!response.ok) throw new Error(`upload: HTTP ${response.status}`);
    return (await response.json()) as { id: number; version: number };
  },
  /** Deletes one version as Confluence does (its removal event first); the answer lists the versions left. */
  removeVersion: (id: number, version: number) =>
    call<{ id: number; versions: AttachmentInfo[] }>('DELETE', `/attachments/${id}/versions/${version}`),
  removeAttachment: (id: number) => call<{ id: number; versions: AttachmentInfo[] }>('DELETE', `/attachments/${id}`),
  move: (id: number, pageId: number) => call<{ id: number; pageId: number }>('POST', `/attachments/${id}/move?pageId=${pageId}`),
  historyData: (id: number) => call<HistoryData>('GET', `/attachments/${id}/history`),
  faults: (failNextSaves: number) => call<{ failNextSaves: number }>('POST', '/faults', { failNextSaves }),
  settings: (values: Record<string, string | null>) => call<Record<string, string>>('POST', '/settings', values),
  reset: () => call<unknown>('POST', '/reset'),
  space: (values: { anonymousView: boolean }) => call<unknown>('POST', '/space', values),
  /** Starts a new, unpublished page (a draft) that files can be uploaded to. */
  draft: (title = '') => call<{ id: number; title: string }>('POST', '/drafts', { title }),
};

/** Polls until {@code check} returns a value (not undefined) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
