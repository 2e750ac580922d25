import { loadScript } from '../editor/loadScript';
import type { DocsApi } from '../types/docsapi';

/** How long api.js may take before the macros say the Docs server cannot be reached. */
export const API_TIMEOUT_MS = 10000;

let pending: { url: string; promise: Promise<DocsApi> } | undefined;

/** api.js once per page, however many macros ask; a failed load may be retried. */
export function loadDocsApi(doc: Document, url: string, timeoutMs = API_TIMEOUT_MS): Promise<DocsApi> {
  const existing = doc.defaultView?.DocsAPI;
  if (existing) return Promise.resolve(existing);
  if (pending?.url === url) return pending.promise;
  const promise = loadScript(doc, url, timeoutMs).then(() => {
    const api = doc.defaultView?.DocsAPI;
    if (!api) throw new Error('api.js defined no DocsAPI');
    return api;
  });
  pending = { url, promise };
  promise.catch(() => {
    if (pending?.promise === promise) pending = undefined;
  });
  return promise;
}

/** For tests: forget the loaded script. */
export function resetDocsApi(): void {
  pending = undefined;
}
