// The big fault soak of `npm run bench` (test/cluster/faultSoak.test.ts asserts the invariants on a small run).
import { startDocServer } from '../docserver/server';
import { ensureBuilt, startDevHost } from '../devhost/start';
import { faultSoak, type SoakFigures } from '../cluster/faultSoak';

const SECRET = 'bench-soak-secret-41ad';

export async function soakFigures(sessions = Number(process.env.SOAK_SESSIONS ?? 200)): Promise<SoakFigures> {
  await ensureBuilt();
  const docs = await startDocServer({ secret: SECRET, saveDelayMs: 30, callbackBackoffMs: 200, callbackRetries: 5, downloadDelayMs: 20 });
  const host = await startDevHost({ port: 0, nodes: 2, docsUrl: docs.url, docsSecret: SECRET, quiet: true });
  try {
    return await faultSoak({
      docs,
      host,
      sessions,
      concurrency: 8,
      files: 16,
      faults: { storeFailures: true, docs5xx: true, stalls: true, wrongContent: true, killNode: true },
      faultEveryDownloads: 3,
      sessionTimeoutMs: 180_000,
      stallMs: 20_000,
    });
  } finally {
    await host.stop();
    await docs.close();
  }
}
