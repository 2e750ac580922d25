// A small JSON client for the app's own servlets: paths relative to Confluence's context path, the headers the
// server's XSRF guard requires, JSON in and out, and one typed error for everything that is not a 2xx JSON answer.
import { contextPath } from '../contextPath';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Why a request failed, coarse enough for the UI to pick a message. */
export type ApiErrorKind =
  | 'network' // no answer at all (offline, DNS, connection refused)
  | 'loginRequired' // 401: the session ended
  | 'forbidden' // 403: not a system administrator
  | 'xsrf' // 403 from the XSRF guard
  | 'invalidResponse' // a 2xx answer that is not JSON (for example a login or WebSudo page after a redirect)
  | 'http'; // any other non-2xx status

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  /** The parsed JSON body of the answer, if it had one. */
  readonly body: unknown;

  constructor(kind: ApiErrorKind, status: number, body: unknown, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.body = body;
  }
}

/** Confluence's context path plus the app's servlet path. */
export function servletUrl(path: string): string {
  return contextPath() + '/plugins/servlet' + (path.startsWith('/') ? path : '/' + path);
}

function isJson(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').toLowerCase().includes('json');
}

async function readJson(response: Response): Promise<unknown> {
  if (!isJson(response)) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function errorKind(status: number, body: unknown): ApiErrorKind {
  if (status === 401) return 'loginRequired';
  if (status === 403) {
    const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
    return error === 'xsrf' ? 'xsrf' : 'forbidden';
  }
  return 'http';
}

/**
 * Sends a request to `/plugins/servlet<path>` and answers the parsed JSON body of a 2xx response. Throws
 * {@link ApiError} for anything else; its `body` holds the JSON the server sent with the error, if any.
 */
export async function request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // Together with the JSON content type, this is what the server's XSRF guard checks on state changes.
    'X-Atlassian-Token': 'no-check',
  };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(servletUrl(path), init);
  } catch (e) {
    throw new ApiError('network', 0, undefined, e instanceof Error ? e.message : String(e));
  }
  const json = await readJson(response);
  if (!response.ok) {
    throw new ApiError(errorKind(response.status, json), response.status, json, `HTTP ${response.status}`);
  }
  if (json === undefined) {
    // Confluence answers a request of an ended session with its login page (after a redirect) instead of data.
    const kind = response.redirected || /\/login\.action/.test(response.url) ? 'loginRequired' : 'invalidResponse';
    throw new ApiError(kind, response.status, undefined, `HTTP ${response.status} without JSON`);
  }
  return json as T;
}
