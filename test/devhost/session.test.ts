// Sign-in, sessions and the login page of the dev host.
import type { RunningDevHost } from './launcher';
import { BUILD_TIMEOUT_MS, Client, json, startTestHost } from './testkit';

interface Session {
  username: string | null;
  key: string | null;
  displayName: string | null;
}

let host: RunningDevHost;

beforeAll(async () => {
  host = await startTestHost();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
});

const session = async (client: Client) => json<Session>(await client.get('/devhost/api/session'));

test('a visitor is anonymous until signing in, then the session cookie carries the user', async () => {
  const browser = new Client(host.url);
  expect(await session(browser)).toEqual({ username: null, key: null, displayName: null });

  const login = await browser.get('/devhost/login?user=alice');

  expect(login.status).toBe(302);
  expect(login.headers.get('location')).toBe('/confluence/');
  expect(login.headers.getSetCookie().join()).toMatch(/JSESSIONID=[^;]+; Path=\/confluence/);
  expect(await session(browser)).toEqual({ username: 'alice', key: '8a7f0001000000000000000000000002', displayName: 'Alice Able' });
  expect(await session(new Client(host.url))).toMatchObject({ username: null });
});

test('users have distinct opaque keys that are not their usernames', async () => {
  const seen = new Map<string, Session>();
  for (const user of ['admin', 'alice', 'bob', 'carol']) {
    const browser = new Client(host.url);
    await browser.login(user);
    seen.set(user, await session(browser));
  }
  expect([...seen.values()].map((s) => s.displayName)).toEqual(['Admin', 'Alice Able', 'Bob Baker', 'Carol Cole']);
  const keys = [...seen.values()].map((s) => s.key!);
  expect(new Set(keys).size).toBe(4);
  for (const [user, s] of seen) {
    expect(s.key).toMatch(/^[0-9a-f]{32}$/);
    expect(s.key).not.toBe(user);
  }
});

test('signing in issues a new session id and signing out ends the session', async () => {
  const browser = new Client(host.url);
  await browser.login('bob');
  const first = browser.cookie('JSESSIONID');
  await browser.login('carol');
  expect(browser.cookie('JSESSIONID')).not.toBe(first);
  expect(await session(browser)).toMatchObject({ username: 'carol' });

  const logout = await browser.get('/devhost/logout?return=/pages/viewpageattachments.action%3FpageId%3D1001');

  expect(logout.status).toBe(302);
  expect(logout.headers.get('location')).toBe('/confluence/pages/viewpageattachments.action?pageId=1001');
  expect(await session(browser)).toMatchObject({ username: null });
});

test('the return target stays on this host', async () => {
  const location = async (ret: string) =>
    (await new Client(host.url).get(`/devhost/login?user=admin&return=${encodeURIComponent(ret)}`)).headers.get('location');

  expect(await location('/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=2001'))
    .toBe('/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=2001');
  expect(await location('/plugins/servlet/x')).toBe('/confluence/plugins/servlet/x'); // context-relative, like os_destination
  expect(await location('//evil.example/')).toBe('/confluence/');
  expect(await location('https://evil.example/')).toBe('/confluence/');
});

test('an unknown user cannot sign in', async () => {
  const browser = new Client(host.url);
  expect((await browser.get('/devhost/login?user=mallory')).status).toBe(400);
  expect(await session(browser)).toMatchObject({ username: null });
});

test('the login page offers every user and returns to os_destination', async () => {
  const destination = '/plugins/servlet/onlyoffice/doceditor?attachmentId=2001';
  const page = await new Client(host.url).get(`/login.action?os_destination=${encodeURIComponent(destination)}`);
  const html = await page.text();

  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  const links = [...html.matchAll(/href="(\/confluence\/devhost\/login\?[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  // dave is the unlicensed user (the dev host refuses him wherever Confluence refuses unlicensed users).
  expect(links).toEqual(['admin', 'alice', 'bob', 'carol', 'dave'].map(
    (u) => `/confluence/devhost/login?user=${u}&return=${encodeURIComponent(`/confluence${destination}`)}`));

  const browser = new Client(host.url);
  const login = await browser.get(links[1].slice('/confluence'.length));
  expect(login.headers.get('location')).toBe(`/confluence${destination}`);
});
