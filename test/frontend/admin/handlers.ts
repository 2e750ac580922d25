// msw handlers that play the Configure page's server (SettingsServlet) in memory: validation like the server's,
// a connection test whose outcome each test chooses, and a record of every request for assertions.
import { http, HttpResponse } from 'msw';
import type { ForgottenListing } from '../../../frontend/lib/api/forgotten';
import type { LastTest, SettingsValues, TestResult } from '../../../frontend/lib/api/settings';
import { PASSING, storedValues } from './fixtures';

export { FAILING, PASSING, storedValues } from './fixtures';

export const BASE = '/confluence/plugins/servlet/onlyoffice/settings';
export const FORGOTTEN = '/confluence/plugins/servlet/onlyoffice/forgotten';

export function emptyListing(): ForgottenListing {
  return { files: [], recovered: [], problems: [] };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** The fake server's state; tests change it before rendering. */
export const serverState = {
  values: storedValues(),
  secret: 'stored-secret-123' as string | null,
  test: PASSING as TestResult,
  lastTest: null as LastTest | null,
  /** What the save-problems endpoint (ForgottenFilesServlet) lists. */
  forgotten: emptyListing(),
  /** When set, the save-problems endpoint answers this status. */
  forgottenFailWith: null as null | { status: number; body?: unknown },
  /** When set, every request answers this status (for 401/403/500 tests). */
  failWith: null as null | { status: number; body?: unknown },
  requests: [] as RecordedRequest[],
};

export function resetServerState(): void {
  serverState.values = storedValues();
  serverState.secret = 'stored-secret-123';
  serverState.test = PASSING;
  serverState.lastTest = null;
  serverState.forgotten = emptyListing();
  serverState.forgottenFailWith = null;
  serverState.failWith = null;
  serverState.requests = [];
}

async function record(request: Request): Promise<unknown> {
  const text = await request.text();
  const body = text ? JSON.parse(text) : undefined;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key] = value));
  serverState.requests.push({ method: request.method, path: new URL(request.url).pathname, headers, body });
  return body;
}

/** The server's checks, reduced to what the tests exercise. */
function validate(body: { values?: SettingsValues; jwtSecret?: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  const url = body.values?.docsUrl;
  if (typeof url !== 'string' || !/^https?:\/\/[^/@?#]+(\/[^?#]*)?$/.test(url)) {
    errors.docsUrl = 'Enter an absolute http:// or https:// address without a user name or password.';
  }
  if (typeof body.values?.docsInternalUrl === 'string' && body.values.docsInternalUrl.includes('internal.invalid')) {
    errors.docsInternalUrl = 'Server says: this internal address is not allowed.';
  }
  if (body.jwtSecret !== undefined && (body.jwtSecret.length < 8 || body.jwtSecret.length > 256)) {
    errors.jwtSecret = 'The secret must be 8 to 256 characters long.';
  }
  return errors;
}

function refuseStateChange(request: Request): Response | null {
  if (request.headers.get('X-Atlassian-Token') !== 'no-check' || !(request.headers.get('Content-Type') ?? '').startsWith('application/json')) {
    return HttpResponse.json({ error: 'xsrf' }, { status: 403 });
  }
  return null;
}

export const handlers = [
  http.get(BASE, async ({ request }) => {
    await record(request);
    if (serverState.failWith) return HttpResponse.json(serverState.failWith.body ?? {}, { status: serverState.failWith.status });
    return HttpResponse.json({ values: serverState.values, secretSet: serverState.secret !== null, lastTest: serverState.lastTest });
  }),

  http.get(FORGOTTEN, async ({ request }) => {
    await record(request);
    if (serverState.forgottenFailWith) return HttpResponse.json(serverState.forgottenFailWith.body ?? {}, { status: serverState.forgottenFailWith.status });
    return HttpResponse.json(serverState.forgotten);
  }),

  http.post(FORGOTTEN, async ({ request }) => {
    const body = (await record(request)) as { action: string; key: string };
    const refused = refuseStateChange(request);
    if (refused) return refused;
    if (serverState.forgottenFailWith) return HttpResponse.json(serverState.forgottenFailWith.body ?? {}, { status: serverState.forgottenFailWith.status });
    const file = serverState.forgotten.files.find((f) => f.key === body.key);
    serverState.forgotten = { ...serverState.forgotten, files: serverState.forgotten.files.filter((f) => f.key !== body.key) };
    if (body.action === 'store') return HttpResponse.json({ stored: true, version: (file?.latestVersion ?? 0) + 1 });
    return HttpResponse.json({ discarded: true });
  }),

  http.post(`${BASE}/reveal`, async ({ request }) => {
    await record(request);
    if (serverState.failWith) return HttpResponse.json(serverState.failWith.body ?? {}, { status: serverState.failWith.status });
    return refuseStateChange(request) ?? HttpResponse.json({ jwtSecret: serverState.secret ?? '' });
  }),

  http.post(`${BASE}/test`, async ({ request }) => {
    const body = (await record(request)) as { values: SettingsValues; jwtSecret?: string };
    if (serverState.failWith) return HttpResponse.json(serverState.failWith.body ?? {}, { status: serverState.failWith.status });
    const refused = refuseStateChange(request);
    if (refused) return refused;
    const errors = validate(body);
    if (Object.keys(errors).length) return HttpResponse.json({ saved: false, errors }, { status: 400 });
    return HttpResponse.json(serverState.test);
  }),

  http.put(BASE, async ({ request }) => {
    const body = (await record(request)) as { values: SettingsValues; jwtSecret?: string; confirmFailingTest?: boolean };
    if (serverState.failWith) return HttpResponse.json(serverState.failWith.body ?? {}, { status: serverState.failWith.status });
    const refused = refuseStateChange(request);
    if (refused) return refused;
    const errors = validate(body);
    if (Object.keys(errors).length) return HttpResponse.json({ saved: false, errors }, { status: 400 });
    if (!serverState.test.ok && body.confirmFailingTest !== true) {
      return HttpResponse.json({ saved: false, test: serverState.test }, { status: 409 });
    }
    serverState.values = { ...serverState.values, ...body.values };
    if (body.jwtSecret) serverState.secret = body.jwtSecret;
    return HttpResponse.json({ saved: true, test: serverState.test, values: serverState.values, secretSet: serverState.secret !== null });
  }),
];

/** The requests of one kind, in order. */
export function requestsTo(method: string, suffix = ''): RecordedRequest[] {
  return serverState.requests.filter((r) => r.method === method && r.path === BASE + suffix);
}

/** The requests to the save-problems endpoint of one method, in order. */
export function forgottenRequests(method: string): RecordedRequest[] {
  return serverState.requests.filter((r) => r.method === method && r.path === FORGOTTEN);
}
