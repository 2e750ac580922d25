// The dev host's Confluence pages: home, the attachments view with the app's web-items, attachment downloads.
import { createHash } from 'crypto';
import type { RunningDevHost } from './launcher';
import { BUILD_TIMEOUT_MS, Client, i18nTexts, json, startTestHost } from './testkit';

const XSS_NAME = '<img src=x onerror=alert(1)>.docx';
const ESCAPED_XSS = '&lt;img src=x onerror=alert(1)&gt;.docx';

let host: RunningDevHost;
let api: Client;

beforeAll(async () => {
  host = await startTestHost();
  api = new Client(`${host.url}/devhost/api`);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await host?.stop();
});

beforeEach(async () => {
  await api.fetch('/reset', { method: 'POST' });
});

const signedIn = async (user: string) => {
  const client = new Client(host.url);
  await client.login(user);
  return client;
};
const attachmentsPage = (client: Client, pageId = 1001) => client.get(`/pages/viewpageattachments.action?pageId=${pageId}`);
/** The rows of the attachments table: id -> row HTML. */
const rows = (html: string) =>
  new Map([...html.matchAll(/<tr data-attachment-id="(\d+)">([\s\S]*?)<\/tr>/g)].map((m) => [Number(m[1]), m[2]]));

test('home links to the pages of the space and to sign-in for every user', async () => {
  const html = await (await new Client(host.url).get('/')).text();

  expect(html).toContain('href="/confluence/pages/viewpageattachments.action?pageId=1001">Project plan</a>');
  expect(html).toContain('href="/confluence/pages/viewpageattachments.action?pageId=1002">Meeting notes</a>');
  for (const user of ['admin', 'alice', 'bob', 'carol']) expect(html).toContain(`/confluence/devhost/login?user=${user}&amp;`);
});

test('anonymous visitors are sent to log in unless the space allows anonymous viewing', async () => {
  const anonymous = new Client(host.url);
  const denied = await attachmentsPage(anonymous);
  expect(denied.status).toBe(302);
  expect(denied.headers.get('location'))
    .toBe(`/confluence/login.action?os_destination=${encodeURIComponent('/pages/viewpageattachments.action?pageId=1001')}`);

  await api.fetch('/space', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"anonymousView":true}' });
  expect((await attachmentsPage(anonymous)).status).toBe(200);
  expect((await attachmentsPage(anonymous, 4242)).status).toBe(404);
});

test('the attachments page lists every file with its details, names escaped', async () => {
  await api.fetch('/attachments?pageId=1001&fileName=Notes.txt&user=bob', { method: 'POST', body: 'edited' });
  const response = await attachmentsPage(await signedIn('carol'));
  const html = await response.text();

  expect(response.status).toBe(200);
  expect(html).not.toContain('<img src=x');
  const attachments = await json<Array<{ id: number; fileName: string; version: number; size: number }>>(await api.get('/attachments'));
  const table = rows(html);
  expect([...table.keys()]).toEqual(attachments.map((a) => a.id));
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const a of attachments) {
    const row = table.get(a.id)!;
    expect(row).toContain(`>${escape(a.fileName)}</a>`);
    expect(row).toContain(`<td class="version">${a.version}</td>`);
    expect(row).toContain(`<td class="size">${a.size} bytes</td>`);
  }
  expect(table.get(attachments.find((a) => a.fileName === 'Notes.txt')!.id)).toContain('<td class="modifier">Bob Baker</td>');
  expect(html).toContain(ESCAPED_XSS);
});

test('web-items of system.attachment render per attachment where their condition holds, judged from the user, space and spaceid Confluence passes', async () => {
  const html = await (await attachmentsPage(await signedIn('alice'))).text();
  const attachments = await json<Array<{ id: number; fileName: string }>>(await api.get('/attachments'));
  const label = i18nTexts()['docsbridge.name'];

  const withProbe = [...rows(html)].filter(([, row]) => row.includes('data-web-item-key="probe-attachment-action"')).map(([id]) => id);
  expect(withProbe).toEqual(attachments.filter((a) => a.fileName.endsWith('.docx')).map((a) => a.id));

  const report = attachments.find((a) => a.fileName === 'Report.docx')!;
  expect(rows(html).get(report.id)).toContain(
    `<a href="/confluence/plugins/servlet/devhost-probe/unannotated?attachmentId=${report.id}&amp;name=Report.docx&amp;pageId=1001"`
    + ` class="probe-action" data-web-item-key="probe-attachment-action">${label}</a>`);
  const xss = attachments.find((a) => a.fileName === XSS_NAME)!;
  expect(rows(html).get(xss.id)).toContain(`name=${encodeURIComponent(XSS_NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}&amp;`);
});

test('the condition sees the request user: no probe item for anonymous visitors', async () => {
  await api.fetch('/space', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"anonymousView":true}' });
  const html = await (await attachmentsPage(new Client(host.url))).text();
  expect(html).not.toContain('probe-attachment-action');
});

test('system.content.button web-items render once per page', async () => {
  const html = await (await attachmentsPage(await signedIn('bob'), 1002)).text();
  const buttons = [...html.matchAll(/data-web-item-key="probe-content-button"/g)];

  expect(buttons).toHaveLength(1);
  expect(html).toContain('href="/confluence/plugins/servlet/devhost-probe/unannotated?pageId=1002" class="probe-button"');
});

test('attachment downloads need view permission and return the stored bytes', async () => {
  const attachments = await json<Array<{ fileName: string; sha256: string }>>(await api.get('/attachments'));
  const report = attachments.find((a) => a.fileName === 'Report.docx')!;

  expect((await new Client(host.url).get('/download/attachments/1001/Report.docx')).status).toBe(302);
  const download = await (await signedIn('carol')).get('/download/attachments/1001/Report.docx?version=1');
  expect(download.status).toBe(200);
  expect(createHash('sha256').update(Buffer.from(await download.arrayBuffer())).digest('hex')).toBe(report.sha256);
});

test('the attachments view costs at most 1 attachment lookup and 2 permission checks per row, settings read once', async () => {
  const alice = await signedIn('alice');
  // Actions are offered (and their permissions asked) only once the app is configured.
  const configure = { docsUrl: 'http://127.0.0.1:9/', jwtSecret: 'pages-test-secret-0123456789abcdef' };
  await api.fetch('/settings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(configure) });
  await api.fetch('/metrics', { method: 'POST' });

  const html = await (await attachmentsPage(alice)).text();

  const rowCount = rows(html).size;
  expect(rowCount).toBeGreaterThan(5);
  const calls = (await json<any>(await api.get('/metrics'))).calls as Record<string, number>;
  const sum = (prefix: string) => Object.entries(calls).filter(([k]) => k.startsWith(prefix)).reduce((a, [, n]) => a + n, 0);
  expect(sum('AttachmentStore.find')).toBeLessThanOrEqual(rowCount);
  // Per row: view, and edit where the format is editable; may add attachments: once for the page.
  expect(sum('Permissions.canView') + sum('Permissions.canEdit')).toBeLessThanOrEqual(2 * rowCount);
  expect(sum('Permissions.canAddAttachments')).toBe(1);
  expect(sum('SettingsStore.read')).toBe(1);

  // Nothing carries over to the next request: it asks again.
  await attachmentsPage(alice);
  const again = (await json<any>(await api.get('/metrics'))).calls as Record<string, number>;
  expect(again['Permissions.canAddAttachments']).toBe(2);
  expect(again['SettingsStore.read']).toBe(2);
});

test('metrics report the JVM CPU time and the live heap after a full GC', async () => {
  const m = await json<any>(await api.get('/metrics?gc=1'));

  expect(m.processCpuNanos).toBeGreaterThan(0);
  expect(m.heapUsedBytes).toBeGreaterThan(0);
  expect(m.heapUsedBytes).toBeLessThanOrEqual(m.heapMaxBytes);
});

test('the Configure page requires its resources (PageBuilderService) and the atl.admin decorator writes them into the head, once', async () => {
  const configure = await (await (await signedIn('admin')).get('/plugins/servlet/onlyoffice/configure')).text();
  const head = configure.slice(0, configure.indexOf('</head>'));
  const adminScripts = [...head.matchAll(/<script src="[^"]*" data-wrm-key="([^"]*:admin-page)"/g)];
  expect(adminScripts).toHaveLength(1);
  expect(head.indexOf(adminScripts[0][0])).toBeGreaterThan(head.indexOf('data-wrm-key="com.atlassian.auiplugin:ajs"'));
  // Written by the decorator with the product's URLs, not by the app's template.
  expect(configure.match(/admin\.js/g)).toHaveLength(1);
  // What a request required does not leak into the next page served by the same thread.
  const probe = await (await (await signedIn('admin')).get('/plugins/servlet/devhost-probe/unannotated')).text();
  expect(probe).not.toContain('admin-page');
});

test('every decorated page carries the superbatch globals (AJS, jQuery, WRM) before the app scripts', async () => {
  const superbatch = ['com.atlassian.plugins.jquery:jquery', 'com.atlassian.auiplugin:ajs',
    'com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager'];
  const attachments = await (await attachmentsPage(await signedIn('alice'))).text();
  // The Configure page names Confluence's atl.admin decorator, which adds the superbatch in Confluence.
  const configure = await (await (await signedIn('admin')).get('/plugins/servlet/onlyoffice/configure')).text();

  for (const html of [attachments, configure]) {
    for (const key of superbatch) expect(html).toContain(`data-wrm-key="${key}"`);
    const appScript = html.search(/download\/resources\/app\.docsbridge[^"]*\.js/);
    expect(appScript).toBeGreaterThan(html.indexOf('data-wrm-key="com.atlassian.auiplugin:ajs"'));
  }
  // A page that names no decorator (the full-window editor page) is served as written.
  const anonymousProbe = await (await new Client(host.url).get('/plugins/servlet/devhost-probe/anonymous')).text();
  expect(anonymousProbe).toBe('anonymous probe');
});
