// One msw server per test file: unhandled requests fail the test, handlers and state reset after each test.
import { setupServer } from 'msw/node';
import { handlers, resetServerState } from './handlers';

export function useSettingsServer() {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetServerState();
  });
  afterAll(() => server.close());
  return server;
}
