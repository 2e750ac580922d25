import type { Browser, Page, Request } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, screenshot, sessionAs } from './support/browser';
import { devhost, eventually } from './support/devhostApi';
import { environment } from './support/environment';
import { previewMacro, restrictPages, setPageBody, simSessions, viewPageUrl } from './support/pages';

// The ONLYOFFICE preview macro in page bodies rendered by the dev host through the app's macro class.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await devhost.reset();
});

const PREVIEW_JS = /:preview-macro\/previewMacro\.js/;
const API_JS = /\/web-apps\/apps\/api\/documents\/api\.js/;
const CONFIG = /\/plugins\/servlet\/onlyoffice\/preview-config\?/;

/** Requests the page makes, by pattern. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}
const count = (requests: Request[], pattern: RegExp) => requests.filter((r) => pattern.test(r.url())).length;

const viewerFrames = (page: Page) => page.locator('.docsbridge-preview--open iframe');

test('a macro shows a light placeholder, then the embedded viewer with Full screen and Edit', async () => {
  await setPageBody(1001, `<p>Before</p>${previewMacro({ name: 'Report.docx', edit: true })}<p>After</p>`);
  const { context, page } = await sessionAs(browser, 'alice');
  const requests = recordRequests(page);
  // The placeholder is in the page's HTML, before any script ran.
  const html = await (await page.request.get(viewPageUrl(1001))).text();
  expect(html).toContain('Report.docx');
  expect(html).toMatch(/Version 1 · Admin/);
  expect(html).not.toMatch(API_JS);

  await page.goto(viewPageUrl(1001));
  const frame = viewerFrames(page);
  await frame.first().waitFor({ timeout: 20000 });
  expect(await page.locator('.docsbridge-preview__title').textContent()).toBe('Report.docx');
  const edit = page.locator('.docsbridge-preview__edit');
  expect(await edit.getAttribute('href')).toBe('/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=2001');
  expect(await edit.getAttribute('target')).toBe('_blank');
  expect(count(requests, PREVIEW_JS)).toBe(1);
  expect(count(requests, API_JS)).toBe(1);
  expect(count(requests, CONFIG)).toBe(1);

  // The Document Server got an embedded, view-only viewer with the viewer's own key.
  const src = (await frame.first().getAttribute('src')) ?? '';
  expect(src).toMatch(/\/embed\//);
  const session = await eventually(async () =>
    (await simSessions()).find((s) => s.key.endsWith('_embedded') && s.connections.length > 0), 15000, 'viewer session');
  expect(session.connections.every((c) => c.mode === 'view')).toBe(true);

  await page.locator('.docsbridge-preview__fullscreen').click();
  await eventually(async () => ((await page.evaluate(() => document.fullscreenElement?.className ?? '')).includes('docsbridge-preview') ? true : undefined), 5000, 'full screen');
  expect(await page.locator('.docsbridge-preview__fullscreen').textContent()).toBe('Exit full screen');
  await page.locator('.docsbridge-preview__fullscreen').click();
  await eventually(async () => ((await page.evaluate(() => document.fullscreenElement === null)) ? true : undefined), 5000, 'leave full screen');
  await screenshot(page, 'macro-viewer-alice');
  await context.close();
});

test('20 macros, 3 in view: one script, one config request, api.js once, 3 viewers; more open on scrolling', async () => {
  const names = ['Report.docx', 'Budget.xlsx', 'Slides.pptx', 'Form.pdf'];
  const body = Array.from({ length: 20 }, (_, i) => previewMacro({ name: names[i % names.length], height: '300' })).join('<p>text</p>');
  await setPageBody(1001, body);
  const { context, page } = await sessionAs(browser, 'bob');
  await page.setViewportSize({ width: 1280, height: 1000 });
  const requests = recordRequests(page);
  await page.goto(viewPageUrl(1001));
  await eventually(async () => ((await viewerFrames(page).count()) >= 3 ? true : undefined), 20000, '3 viewers');
  await page.waitForTimeout(500); // nothing else may start while the page stands still
  expect(await viewerFrames(page).count()).toBe(3);
  expect(count(requests, PREVIEW_JS)).toBe(1);
  expect(count(requests, API_JS)).toBe(1);
  expect(count(requests, CONFIG)).toBe(1);
  expect(await page.locator('.docsbridge-preview__placeholder').count()).toBe(17);

  await page.locator('[data-docsbridge-preview]').last().scrollIntoViewIfNeeded();
  await eventually(async () => ((await page.locator('.docsbridge-preview--open').last().locator('iframe').count()) === 1 ? true : undefined), 20000, 'last viewer');
  expect(count(requests, API_JS)).toBe(1);
  await context.close();
});

test('Edit appears only for people who may edit and only when the macro asks; never in the preview', async () => {
  await setPageBody(1001, previewMacro({ name: 'Report.docx', edit: true }) + previewMacro({ name: 'Budget.xlsx' }));
  const carol = await sessionAs(browser, 'carol');
  await carol.page.goto(viewPageUrl(1001));
  await eventually(async () => ((await viewerFrames(carol.page).count()) === 2 ? true : undefined), 20000, 'viewers');
  expect(await carol.page.locator('.docsbridge-preview__edit').count()).toBe(0);
  await carol.context.close();

  const alice = await sessionAs(browser, 'alice');
  await alice.page.goto(viewPageUrl(1001));
  await eventually(async () => ((await viewerFrames(alice.page).count()) === 2 ? true : undefined), 20000, 'viewers');
  expect(await alice.page.locator('.docsbridge-preview__edit').count()).toBe(1);
  await alice.page.goto(viewPageUrl(1001, 'outputType=preview'));
  await eventually(async () => ((await viewerFrames(alice.page).count()) === 2 ? true : undefined), 20000, 'preview viewers');
  expect(await alice.page.locator('.docsbridge-preview__edit').count()).toBe(0);
  await alice.context.close();
});

test('no access: a clear box without the file name; anonymous visitors view where the space allows', async () => {
  await devhost.upload(1002, 'Salaries 2027.xlsx', Buffer.from('not really a spreadsheet'));
  await setPageBody(1001, previewMacro({ name: 'Salaries 2027.xlsx', page: { title: 'Meeting notes' } }) + previewMacro({ name: 'Report.docx' }));
  await restrictPages([1002]);
  const bob = await sessionAs(browser, 'bob');
  await bob.page.goto(viewPageUrl(1001));
  const box = bob.page.locator('.docsbridge-preview-message');
  expect(await box.locator('strong').textContent()).toBe('You do not have access to this file');
  expect(await bob.page.content()).not.toContain('Salaries');
  await screenshot(bob.page, 'macro-no-access');
  await bob.context.close();

  await devhost.space({ anonymousView: true });
  const anonymous = await sessionAs(browser, null);
  await anonymous.page.goto(viewPageUrl(1001));
  await eventually(async () => ((await viewerFrames(anonymous.page).count()) === 1 ? true : undefined), 20000, 'anonymous viewer');
  expect(await anonymous.page.content()).not.toContain('Salaries');
  expect(await anonymous.page.locator('.docsbridge-preview__edit').count()).toBe(0);
  await anonymous.context.close();
});

test('other pages and blog posts, page history; always the latest version', async () => {
  await devhost.upload(1003, 'Changelog.docx', await devhost.content(2001, 1));
  await setPageBody(1001, previewMacro({ name: 'Changelog.docx', page: { title: 'Release notes', spaceKey: 'DEV', postingDay: '2026/11/02' } }));
  await setPageBody(1003, previewMacro({ name: 'Budget.xlsx', page: { title: 'Project plan' } }));
  const { context, page } = await sessionAs(browser, 'alice');
  for (const [pageId, query] of [[1001, ''], [1003, ''], [1001, 'historic=true']] as const) {
    await page.goto(viewPageUrl(pageId, query));
    await eventually(async () => ((await viewerFrames(page).count()) === 1 ? true : undefined), 20000, `viewer on ${pageId} ${query}`);
  }
  // A new version: the placeholder and the viewer follow it.
  const budget = await devhost.byName('Budget.xlsx');
  await devhost.upload(1001, 'Budget.xlsx', await devhost.content(budget.id, 1), 'bob');
  expect(await (await page.request.get(viewPageUrl(1003))).text()).toContain('Version 2 · Bob Baker');
  await page.goto(viewPageUrl(1003));
  await eventually(async () => ((await viewerFrames(page).count()) === 1 ? true : undefined), 20000, 'viewer of version 2');
  await eventually(async () => (await simSessions()).find((s) => s.key.includes(`-${budget.id}-2-`) && s.key.endsWith('_embedded')), 15000, 'session of version 2');
  await context.close();
});

test('exports and e-mail get a link with the file name; no scripts', async () => {
  await setPageBody(1001, previewMacro({ name: 'Report.docx' }));
  const { context, page } = await sessionAs(browser, 'alice');
  for (const outputType of ['pdf', 'word', 'email', 'html_export', 'feed']) {
    const requests = recordRequests(page);
    await page.goto(viewPageUrl(1001, `outputType=${outputType}`));
    const link = page.locator('.docsbridge-preview-link a');
    expect(await link.textContent()).toBe('Report.docx');
    expect(await link.getAttribute('href')).toBe(`${environment().devhostUrl}/download/attachments/1001/Report.docx`);
    expect(count(requests, PREVIEW_JS)).toBe(0);
    page.removeAllListeners('request');
  }
  await context.close();
});

test('missing file, deleted page, no file, unconfigured app: clear boxes, never a stack trace', async () => {
  await setPageBody(1001, [
    previewMacro({ name: 'Gone.docx' }),
    previewMacro({ name: 'Report.docx', page: { title: 'Deleted page' } }),
    previewMacro({}),
    previewMacro({ name: '<img src=x onerror=alert(1)>.docx' }),
  ].join(''));
  const { context, page } = await sessionAs(browser, 'admin');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(viewPageUrl(1001));
  expect(response?.status()).toBe(200);
  const titles = await page.locator('.docsbridge-preview-message strong').allTextContents();
  expect(titles).toEqual(['File not found', 'Page not found', 'No file chosen']);
  expect(await (await page.request.get(viewPageUrl(1001))).text()).toContain('&lt;img src=x onerror=alert(1)&gt;.docx');
  await eventually(async () => ((await viewerFrames(page).count()) === 1 ? true : undefined), 20000, 'viewer of the odd name');
  expect(dialogs).toEqual([]);
  expect(await page.content()).not.toMatch(/Exception|at app\.docsbridge/);
  await screenshot(page, 'macro-problems');

  await devhost.settings({ docsUrl: null });
  const requests = recordRequests(page);
  await page.goto(viewPageUrl(1001));
  expect(await page.locator('.docsbridge-preview-message strong').allTextContents()).toContain('ONLYOFFICE Docs is not set up yet');
  expect(await page.locator('a', { hasText: 'Configure ONLYOFFICE Docs' }).count()).toBeGreaterThan(0);
  expect(count(requests, PREVIEW_JS)).toBe(0);
  await screenshot(page, 'macro-unconfigured');
  await context.close();
});

test('pages without the macro do not load its script', async () => {
  const { context, page } = await sessionAs(browser, 'alice');
  const requests = recordRequests(page);
  await page.goto(`${environment().devhostUrl}/pages/viewpageattachments.action?pageId=1001`);
  await page.goto(viewPageUrl(1002));
  expect(count(requests, PREVIEW_JS)).toBe(0);
  await context.close();
});

// Every state of the macro looked at as people see it: light, Confluence's dark theme, and a 390 px phone; each
// screenshotted (target/screenshots/macro-states-*.png), scanned with axe (WCAG 2.1 A/AA) and checked to stay
// within the page's width.
const LOOKS = [
  { name: 'light', viewport: { width: 1280, height: 1400 }, colorScheme: 'light' as const },
  { name: 'dark', viewport: { width: 1280, height: 1400 }, colorScheme: 'dark' as const },
  { name: 'narrow', viewport: { width: 390, height: 1400 }, colorScheme: 'light' as const },
];

test.each(LOOKS)('every macro state, $name: readable, no axe violations, nothing wider than the page', async (look) => {
  await devhost.upload(1002, 'Salaries 2027.xlsx', Buffer.from('not really a spreadsheet'));
  await setPageBody(1001, [
    previewMacro({ name: 'Report.docx', edit: true, height: '300' }), // the viewer, with Full screen and Edit
    previewMacro({ name: 'Salaries 2027.xlsx', page: { title: 'Meeting notes' } }), // no access
    previewMacro({ name: 'Gone.docx' }), // file not found
    previewMacro({ name: 'Report.docx', page: { title: 'Deleted page' } }), // page not found
    previewMacro({}), // no file chosen
    '<p style="height:1600px">Long text: the next macro stays a placeholder until scrolled to.</p>',
    previewMacro({ name: 'Budget.xlsx', width: '900px' }), // placeholder, wider than a phone
  ].join(''));
  await restrictPages([1002]);
  const context = await browser.newContext({ viewport: look.viewport, colorScheme: look.colorScheme });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  await page.goto(`${environment().devhostUrl}/devhost/login?user=bob`);
  await page.goto(viewPageUrl(1001));
  await eventually(async () => ((await viewerFrames(page).count()) === 1 ? true : undefined), 20000, 'the viewer');
  await page.locator('.docsbridge-preview__edit').waitFor();
  expect(await page.locator('.docsbridge-preview-message strong').allTextContents())
    .toEqual(['You do not have access to this file', 'File not found', 'Page not found', 'No file chosen']);
  expect(await page.locator('.docsbridge-preview__placeholder').count()).toBe(1);
  await screenshot(page, `macro-states-${look.name}`);

  expect(await axeViolations(page, '#main-content')).toEqual([]);
  const tooWide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll<HTMLElement>('.docsbridge-preview, .docsbridge-preview-message'))
      .filter((el) => el.getBoundingClientRect().right > width + 1).map((el) => el.className);
  });
  expect(tooWide).toEqual([]);
  if (look.colorScheme === 'dark') {
    // The macro follows the theme's tokens: light text on a dark surface, in the placeholder and in the boxes.
    const colors = await page.evaluate(() => ['.docsbridge-preview__name', '.docsbridge-preview-message']
      .map((s) => getComputedStyle(document.querySelector(s)!).color));
    expect(colors).toEqual(['rgb(206, 207, 210)', 'rgb(206, 207, 210)']);
  }
  await context.close();
});
