// A small fault soak (the bench runs the big one): across two app nodes, with store failures, Docs server 5xx and
// a node killed and started again, nothing is lost, nothing is stored twice and nothing hangs.
import { startDocServer, type DocServer } from '../docserver/server';
import type { RunningDevHost } from '../devhost/launcher';
import { BUILD_TIMEOUT_MS, startTestHost } from '../devhost/testkit';
import { faultSoak } from './faultSoak';

jest.setTimeout(240_000);
const SECRET = 'soak-test-secret-8c2f';
let docs: DocServer;
let host: RunningDevHost;

beforeAll(async () => {
  docs = await startDocServer({ secret: SECRET, saveDelayMs: 30, callbackBackoffMs: 200, callbackRetries: 5, downloadDelayMs: 20 });
  host = await startTestHost({ nodes: 2, docsUrl: docs.url, docsSecret: SECRET });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
  await docs?.close();
});

test('sessions saved under faults on two nodes: every edit stored exactly once, none stuck', async () => {
  const figures = await faultSoak({
    docs,
    host,
    sessions: 16,
    concurrency: 4,
    files: 4,
    faults: { storeFailures: true, docs5xx: true, killNode: true },
    faultEveryDownloads: 3,
    sessionTimeoutMs: 60_000,
  });
  expect(figures.lostSessions).toEqual([]);
  expect(figures.injected.storeFailures).toBeGreaterThan(0);
  expect(figures.injected.docs5xx).toBeGreaterThan(0);
  expect(figures.injected.killNode).toBe(1);
  expect(figures.callbacksPerNode.every((n) => n > 0)).toBe(true);
  expect({ lost: figures.lost, duplicated: figures.duplicated, corrupt: figures.corrupt, stuck: figures.stuck })
    .toEqual({ lost: 0, duplicated: 0, corrupt: 0, stuck: 0 });
  expect(figures.storedVersions).toBe(figures.expectedVersions);
  expect(figures.expectedVersions).toBe(16);
});
