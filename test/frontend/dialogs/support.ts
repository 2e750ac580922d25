// Shared pieces of the dialogs' tests: an msw server that records every request, a fake browser environment,
// and the servlet URLs as the client builds them (WRM.contextPath() is /confluence in the tests).
import { setupServer } from 'msw/node';
import type { DialogEnvironment } from '../../../frontend/dialogs/environment';

export const BASE = 'http://localhost/confluence/plugins/servlet/onlyoffice';

export interface Seen {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

export function useApiServer() {
  const server = setupServer();
  const seen: Seen[] = [];
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    seen.push({
      method: request.method,
      path: url.pathname + url.search,
      body: text ? JSON.parse(text) : undefined,
      headers: Object.fromEntries(request.headers.entries()),
    });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());
  return { server, seen };
}

export interface FakeEnvironment {
  env: DialogEnvironment;
  /** URLs the reserved tabs were sent to; null for a tab closed again. */
  tabs: Array<string | null>;
  downloads: string[];
  reloads: number;
  /** The attachment the last reload was to put the focus on. */
  focusAfterReload?: number;
  /** When false, reserved tabs behave as if a pop-up blocker refused them. */
  tabsAllowed: boolean;
}

export function fakeEnvironment(): FakeEnvironment {
  const fake: FakeEnvironment = {
    tabs: [],
    downloads: [],
    reloads: 0,
    tabsAllowed: true,
    env: {
      reserveTab: () => (url) => {
        fake.tabs.push(url);
        return fake.tabsAllowed && url !== null;
      },
      download: (url) => {
        fake.downloads.push(url);
      },
      reload: (focusAttachmentId) => {
        fake.reloads++;
        fake.focusAfterReload = focusAttachmentId;
      },
      pollInterval: 5,
      pollTimeout: 5000,
    },
  };
  return fake;
}
