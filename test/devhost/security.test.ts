// Plugin servlets from the descriptor, behind Confluence 9+ endpoint security (probe servlets from
// test/fixtures/devhost/probe-modules.xml), and the app's own descriptor wiring without problems.
import http from 'http';
import type { RunningDevHost } from './launcher';
import { BUILD_TIMEOUT_MS, Client, json, startTestHost } from './testkit';

let host: RunningDevHost;

beforeAll(async () => {
  host = await startTestHost();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
});

const signedIn = async (user: string) => {
  const client = new Client(host.url);
  await client.login(user);
  return client;
};

test('a servlet without an access annotation sends anonymous visitors to the login page', async () => {
  const response = await new Client(host.url).get('/plugins/servlet/devhost-probe/unannotated?a=1&b=x%20y');

  expect(response.status).toBe(302);
  expect(response.headers.get('location'))
    .toBe(`/confluence/login.action?os_destination=${encodeURIComponent('/plugins/servlet/devhost-probe/unannotated?a=1&b=x%20y')}`);
});

test('signed-in users reach it, built by constructor autowiring with its init-params', async () => {
  const response = await (await signedIn('carol')).get('/plugins/servlet/devhost-probe/unannotated');

  expect(response.status).toBe(200);
  expect(await response.text()).toBe('probe for carol init-param=hello');
});

test('@AnonymousSiteAccess on the class lets anonymous visitors in', async () => {
  const response = await new Client(host.url).get('/plugins/servlet/devhost-probe/anonymous');
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('anonymous probe');
});

test('an annotation on doPost opens POST only', async () => {
  const anonymous = new Client(host.url);
  expect((await anonymous.get('/plugins/servlet/devhost-probe/method/any')).status).toBe(302);
  const post = await anonymous.fetch('/plugins/servlet/devhost-probe/method/any', { method: 'POST', body: '{}' });
  expect(post.status).toBe(200);
  expect(await post.text()).toBe('post probe');
});

test('a signed-in user without a Confluence licence gets only what UnrestrictedAccess opens', async () => {
  // Confluence 9+: no annotation means LicensedOnly, and AnonymousSiteAccess admits an unlicensed signed-in user
  // only with limited unlicensed access on (developer.atlassian.com, "preparing for secure endpoints").
  const dave = await signedIn('dave');
  expect((await dave.get('/plugins/servlet/devhost-probe/unannotated')).status).toBe(403);
  expect((await dave.get('/plugins/servlet/devhost-probe/anonymous')).status).toBe(403);
  expect((await dave.get('/plugins/servlet/devhost-probe/admin')).status).toBe(403);
  const post = await dave.fetch('/plugins/servlet/devhost-probe/method/any', { method: 'POST', body: '{}' });
  expect(post.status).toBe(200);
  expect(await post.text()).toBe('post probe');
  // The app's own pages: the editor (AnonymousSiteAccess) and the Configure page (no annotation).
  expect((await dave.get('/plugins/servlet/onlyoffice/doceditor?attachmentId=1')).status).toBe(403);
  expect((await dave.get('/plugins/servlet/onlyoffice/configure')).status).toBe(403);
  // The same user, licensed, would have got in: carol (licensed, view only) reaches the unannotated probe.
  expect((await (await signedIn('carol')).get('/plugins/servlet/devhost-probe/anonymous')).status).toBe(200);
});

test('@SystemAdminOnly admits only the system administrator', async () => {
  expect((await new Client(host.url).get('/plugins/servlet/devhost-probe/admin')).status).toBe(302);
  expect((await (await signedIn('alice')).get('/plugins/servlet/devhost-probe/admin')).status).toBe(403);
  expect((await (await signedIn('admin')).get('/plugins/servlet/devhost-probe/admin')).status).toBe(200);
});

test("the app's descriptor wires completely: every servlet mounted, no module disabled", async () => {
  const status = await json<{ pluginKey: string; servlets: string[]; problems: string[] }>(await new Client(host.url).get('/devhost/api/status'));

  expect(status.problems).toEqual([]);
  expect(status.servlets).toEqual(expect.arrayContaining(['/plugins/servlet/onlyoffice/doceditor', '/plugins/servlet/devhost-probe/unannotated']));
  expect(status.pluginKey).not.toContain('${');
});

// fetch() refuses to send TRACE, so this one goes through node:http.
function trace(url: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'TRACE', headers: { Cookie: 'JSESSIONID=secret-session' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

test('TRACE is refused as Tomcat refuses it, on app servlets and product pages alike', async () => {
  for (const path of ['/plugins/servlet/onlyoffice/callback', '/plugins/servlet/devhost-probe/anonymous', '/']) {
    const answer = await trace(host.url + path);
    expect(answer.status).toBe(405);
    expect(answer.allow).not.toContain('TRACE');
    expect(answer.body).not.toContain('secret-session');
  }
});
