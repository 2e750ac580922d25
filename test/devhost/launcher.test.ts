// The programmatic API: start on a free port with settings from the options, stop for good.
import { startDevHost } from './launcher';
import { BUILD_TIMEOUT_MS, json } from './testkit';
import { ensureBuilt } from './build';

beforeAll(async () => {
  await ensureBuilt();
}, BUILD_TIMEOUT_MS);

test('startDevHost answers on its URL with the given settings and stop() shuts it down', async () => {
  const host = await startDevHost({ port: 0, quiet: true, docsUrl: 'http://docs.example', docsSecret: null, jwtHeader: 'X-Jwt', heapMb: 96 });
  try {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/confluence`);
    expect(await json(await fetch(`${host.url}/devhost/api/settings`))).toEqual({ docsUrl: 'http://docs.example', jwtHeader: 'X-Jwt' });
    expect(await json(await fetch(`${host.url}/devhost/api/status`))).toMatchObject({ baseUrl: host.url });
    const root = await fetch(`http://127.0.0.1:${host.port}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toMatch(/\/confluence\/$/);
  } finally {
    await host.stop();
  }
  await expect(fetch(`${host.url}/devhost/api/status`)).rejects.toThrow();
}, 60_000);
