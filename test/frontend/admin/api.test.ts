/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// The real fetch client against msw: paths under the context path, the XSRF headers, JSON, typed errors.
import { http, HttpResponse } from 'msw';
import { ApiError, request, servletUrl } from '../../../frontend/lib/api/client';
import { loadSettings, revealSecret, saveSettings, testConnection } from '../../../frontend/lib/api/settings';
import { BASE, FAILING, PASSING, requestsTo, serverState, storedValues } from './handlers';
import { useSettingsServer } from './mswServer';

const server = useSettingsServer();

test('URLs start at the context path', () => {
  expect(servletUrl('/onlyoffice/settings')).toBe('/confluence/plugins/servlet/onlyoffice/settings');
  expect(servletUrl('onlyoffice/settings')).toBe('/confluence/plugins/servlet/onlyoffice/settings');
});

test('GET sends the JSON and XSRF headers and answers the settings without the secret', async () => {
  const answer = await loadSettings();
  expect(answer).toEqual({ values: storedValues(), secretSet: true, lastTest: null });
  const [sent] = requestsTo('GET');
  expect(sent.headers.accept).toBe('application/json');
  expect(sent.headers['x-atlassian-token']).toBe('no-check');
  expect(sent.headers).not.toHaveProperty('content-type');
});

test('requests with a body send JSON with the headers the XSRF guard needs, same-origin credentials', async () => {
  let credentials: RequestCredentials | undefined;
  server.use(
    http.post(`${BASE}/reveal`, async ({ request: r }) => {
      credentials = r.credentials;
      expect(r.headers.get('Content-Type')).toBe('application/json');
      expect(r.headers.get('X-Atlassian-Token')).toBe('no-check');
      expect(await r.json()).toEqual({});
      return HttpResponse.json({ jwtSecret: 'shown' });
    }),
  );
  expect(await revealSecret()).toBe('shown');
  expect(credentials).toBe('same-origin');
});

test('a connection test sends the values, and the secret only when there is a new one', async () => {
  serverState.test = FAILING;
  expect(await testConnection(storedValues())).toEqual({ kind: 'tested', test: FAILING });
  expect(await testConnection(storedValues(), 'new-secret-value')).toEqual({ kind: 'tested', test: FAILING });
  const [first, second] = requestsTo('POST', '/test');
  expect(first.body).toEqual({ values: storedValues() });
  expect(second.body).toEqual({ values: storedValues(), jwtSecret: 'new-secret-value' });
});

test('a connection test with invalid values answers the field errors', async () => {
  expect(await testConnection(storedValues({ docsUrl: 'nope' }))).toEqual({
    kind: 'invalid',
    errors: { docsUrl: expect.stringContaining('absolute') },
  });
});

describe('save', () => {
  test('200: saved, with the test, the stored values and whether a secret is set', async () => {
    const outcome = await saveSettings({ values: storedValues({ chat: false }), jwtSecret: 'brand-new-secret', confirmFailingTest: false });
    expect(outcome).toEqual({ kind: 'saved', test: PASSING, values: storedValues({ chat: false }), secretSet: true });
    expect(requestsTo('PUT')[0].body).toEqual({ values: storedValues({ chat: false }), jwtSecret: 'brand-new-secret', confirmFailingTest: false });
  });

  test('no jwtSecret key at all when the secret is unchanged', async () => {
    await saveSettings({ values: storedValues(), confirmFailingTest: false });
    expect(requestsTo('PUT')[0].body).toEqual({ values: storedValues(), confirmFailingTest: false });
  });

  test('400: the per-field messages', async () => {
    const outcome = await saveSettings({ values: storedValues({ docsUrl: 'x' }), jwtSecret: 'short', confirmFailingTest: false });
    expect(outcome).toEqual({ kind: 'invalid', errors: { docsUrl: expect.any(String), jwtSecret: 'The secret must be 8 to 256 characters long.' } });
  });

  test('409: the failing test; with the confirmation it saves', async () => {
    serverState.test = FAILING;
    expect(await saveSettings({ values: storedValues(), confirmFailingTest: false })).toEqual({ kind: 'testFailed', test: FAILING });
    expect(await saveSettings({ values: storedValues(), confirmFailingTest: true })).toMatchObject({ kind: 'saved', test: FAILING });
  });
});

describe('errors', () => {
  test.each([
    [401, { error: 'loginRequired' }, 'loginRequired'],
    [403, { error: 'forbidden' }, 'forbidden'],
    [403, { error: 'xsrf' }, 'xsrf'],
    [500, { error: 'boom' }, 'http'],
  ])('%p %p becomes an ApiError of kind %p', async (status, body, kind) => {
    serverState.failWith = { status, body };
    const error = await loadSettings().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind, status, body });
  });

  test('a 403 on save is an error, not an outcome', async () => {
    serverState.failWith = { status: 403, body: { error: 'forbidden' } };
    await expect(saveSettings({ values: storedValues(), confirmFailingTest: false })).rejects.toMatchObject({ kind: 'forbidden' });
  });

  test('an HTML page instead of JSON (a login or WebSudo page after a redirect) is an invalid response', async () => {
    server.use(http.get(BASE, () => new HttpResponse('<html>Log in</html>', { headers: { 'Content-Type': 'text/html' } })));
    await expect(loadSettings()).rejects.toMatchObject({ kind: 'invalidResponse', status: 200 });
  });

  test('no answer at all is a network error', async () => {
    server.use(http.get(BASE, () => HttpResponse.error()));
    await expect(request('GET', '/onlyoffice/settings')).rejects.toMatchObject({ kind: 'network', status: 0 });
  });
});
