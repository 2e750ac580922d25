/** @jest-environment ./test/frontend/admin/jsdomWithFetch.js */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
const server = setupServer(http.get('/confluence/x', () => HttpResponse.json({ a: 1 })));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
test('env', async () => {
  const r = await fetch('/confluence/x', { credentials: 'same-origin' });
  console.log(location.href, await r.json());
});
