import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, screenshot, IPHONE_USER_AGENT } from './support/browser';
import { actionSelector, chooseAction } from './support/actions';
import { devhost } from './support/devhostApi';
import { environment } from './support/environment';

// Every screen tells people what happened and what to do next: message pages, actions opened as pages, an
// unconfigured app, an ended session, Docs server errors in the editor; each looked at light, dark and at 390 px.
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

const base = () => environment().devhostUrl;
const attachmentsUrl = (pageId = 1001) => `${base()}/pages/viewpageattachments.action?pageId=${pageId}`;
const editorUrl = (id: number, extra = '') => `${base()}/plugins/servlet/onlyoffice/doceditor?attachmentId=${id}${extra}`;

type Look = 'light' | 'dark' | 'narrow';
const LOOKS: Look[] = ['light', 'dark', 'narrow'];

function contextOptions(look: Look): BrowserContextOptions {
  if (look === 'dark') return { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' };
  if (look === 'narrow') return { viewport: { width: 390, height: 844 }, userAgent: IPHONE_USER_AGENT, isMobile: true, hasTouch: true };
  return { viewport: { width: 1280, height: 800 }, colorScheme: 'light' };
}

async function session(user: string | null, look: Look = 'light'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(contextOptions(look));
  const page = await context.newPage();
  if (user) await page.goto(`${base()}/devhost/login?user=${user}`);
  return { context, page };
}

/** A message page as people must find it: a real title, a heading, what to do, a way back; no axe violation. */
async function expectMessagePage(page: Page, heading: string, name: string, look: Look): Promise<void> {
  await expect(page.title()).resolves.toBe(`${heading} - ONLYOFFICE Docs`);
  expect(await page.locator('h1').textContent()).toBe(heading);
  expect(await page.locator('main p').first().textContent()).toMatch(/\w+/);
  expect(await page.locator('main a').count()).toBeGreaterThan(0);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(look === 'dark' ? 'rgb(29, 33, 37)' : 'rgb(255, 255, 255)');
  const width = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(width).toBe(true);
  await screenshot(page, `message-${name}-${look}`);
  expect(await axeViolations(page)).toEqual([]);
}

describe.each(LOOKS)('message pages (%s)', (look) => {
  test('file not found: says so, what to do, and links back to Confluence', async () => {
    const { context, page } = await session('alice', look);
    const response = await page.goto(editorUrl(987654));
    expect(response!.status()).toBe(404);
    await expectMessagePage(page, 'File not found', 'not-found', look);
    await page.getByRole('link', { name: 'Go to the Confluence dashboard' }).click();
    await page.waitForURL(`${base()}/`);
    await context.close();
  });

  test('not configured: users are told to ask, administrators get the Configure page', async () => {
    await devhost.settings({ jwtSecret: null });
    const report = await devhost.byName('Report.docx');
    const alice = await session('alice', look);
    await alice.page.goto(editorUrl(report.id));
    await expectMessagePage(alice.page, 'ONLYOFFICE Docs is not set up yet', 'not-configured-user', look);
    expect(await alice.page.getByRole('link', { name: 'Back to the attachments of the page' }).getAttribute('href'))
      .toBe('/confluence/pages/viewpageattachments.action?pageId=1001');
    await alice.context.close();

    const admin = await session('admin', look);
    await admin.page.goto(editorUrl(report.id));
    await expectMessagePage(admin.page, 'ONLYOFFICE Docs is not set up yet', 'not-configured-admin', look);
    expect(await admin.page.getByRole('link', { name: 'Open the ONLYOFFICE configuration page' }).count()).toBe(1);
    await admin.context.close();
  });

  test('not allowed: the Configure page for a non-administrator', async () => {
    const { context, page } = await session('alice', look);
    const response = await page.goto(`${base()}/plugins/servlet/onlyoffice/configure`);
    expect(response!.status()).toBe(403);
    await expectMessagePage(page, 'Not allowed', 'not-allowed', look);
    await context.close();
  });
});

test('actions opened in a new tab (middle click) get a page that says where they work, not JSON', async () => {
  const { context, page } = await session('alice');
  await page.goto(attachmentsUrl());
  const letter = await devhost.byName('Letter.odt');
  const links = {
    convert: await page.locator(`a[href*="/onlyoffice/convert?attachmentId=${letter.id}"]`).first().getAttribute('href'),
    downloadAs: await page.locator(`a[href*="/onlyoffice/download-as?attachmentId=${letter.id}"]`).first().getAttribute('href'),
    create: await page.locator('a[href*="/onlyoffice/create?pageId="]').first().getAttribute('href'),
  };
  for (const [name, href] of Object.entries(links)) {
    expect(href).toBeTruthy();
    const tab = await context.newPage();
    await tab.goto(new URL(href!, base()).toString());
    const text = await tab.locator('body').innerText();
    expect(text).not.toContain('methodNotAllowed');
    expect(text).not.toContain('expired');
    await expectMessagePage(tab, 'Continue on the attachments page', `action-${name}`, 'light');
    await tab.getByRole('link', { name: 'Back to the attachments of the page' }).click();
    await tab.waitForURL(/viewpageattachments\.action\?pageId=1001/);
    await tab.close();
  }
  await context.close();
});

test('an unconfigured app offers no Edit, View, Convert or New document', async () => {
  await devhost.settings({ docsUrl: null });
  const { context, page } = await session('alice');
  await page.goto(attachmentsUrl());
  const body = await page.locator('body').innerText();
  for (const label of ['Edit in ONLYOFFICE', 'View in ONLYOFFICE', 'Convert to DOCX', 'Download as', 'New document']) {
    expect(body).not.toContain(label);
  }
  await screenshot(page, 'attachments-unconfigured');
  await context.close();
});

test('an ended session: Convert and Download as say "log in again" and link to the login page', async () => {
  const { context, page } = await session('alice');
  await page.goto(attachmentsUrl());
  await page.request.get(`${base()}/devhost/logout`);
  const letter = await devhost.byName('Letter.odt');

  await page.locator(`a[href*="/onlyoffice/convert?attachmentId=${letter.id}"]`).first().click();
  const error = page.getByTestId('docsbridge-convert-error');
  await error.waitFor();
  expect(await error.innerText()).toContain('Your Confluence session has ended. Log in again');
  expect(await error.innerText()).not.toContain('HTTP');
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  await screenshot(page, 'convert-session-ended');
  expect(await axeViolations(page, '[data-testid="docsbridge-convert-dialog"]')).toEqual([]);
  await page.getByTestId('docsbridge-convert-close').click();

  await page.locator(`a[href*="/onlyoffice/download-as?attachmentId=${letter.id}"]`).first().click();
  const downloadError = page.getByTestId('docsbridge-download-as-error');
  await downloadError.waitFor();
  expect(await downloadError.innerText()).toContain('Your Confluence session has ended');
  expect(await downloadError.innerText()).not.toContain('does not exist');
  await page.getByTestId('docsbridge-download-as-error-login').click();
  await page.waitForURL(/login\.action\?os_destination=/);
  expect(decodeURIComponent(page.url())).toContain('/pages/viewpageattachments.action?pageId=1001');
  await context.close();
});

describe('the editor page', () => {
  test('shows a spinner while api.js loads, then the editor or, if api.js never comes, why', async () => {
    const report = await devhost.byName('Report.docx');
    const { context, page } = await session('alice');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/web-apps/apps/api/documents/api.js', async (route) => {
      await held;
      await route.abort();
    });
    // The held script keeps the load event back: wait for the document only.
    await page.goto(editorUrl(report.id, '&theme=light'), { waitUntil: 'domcontentloaded' });
    const status = page.locator('#docsbridge-status');
    await status.locator('.docsbridge-spinner').waitFor();
    expect(await status.getAttribute('aria-busy')).toBe('true');
    expect(await status.innerText()).toContain('Opening Report.docx in ONLYOFFICE');
    await screenshot(page, 'editor-loading');
    expect(await axeViolations(page)).toEqual([]);
    release();
    await status.getByText('ONLYOFFICE Docs cannot be reached').waitFor({ timeout: 20000 });
    expect(await status.locator('.docsbridge-spinner').count()).toBe(0);
    await context.close();
  });

  test('a Docs server that refuses the token is explained in words, not "code -20"', async () => {
    await devhost.settings({ jwtSecret: 'not-the-secret-of-the-docs-server' });
    const report = await devhost.byName('Report.docx');
    for (const look of LOOKS) {
      const { context, page } = await session('admin', look);
      await page.goto(editorUrl(report.id));
      const status = page.locator('#docsbridge-status');
      await status.getByText('The document could not be opened').waitFor({ timeout: 20000 });
      const text = await status.innerText();
      expect(text).toContain('do not share the same JWT secret');
      expect(text).not.toMatch(/-20|not correctly formed/);
      expect(await status.getByRole('link', { name: 'Check the ONLYOFFICE Docs address on the configuration page' }).count()).toBe(1);
      await screenshot(page, `editor-docs-error-${look}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  test('an unreachable Docs server does not blame the user\'s connection', async () => {
    await devhost.settings({ docsUrl: 'http://127.0.0.1:9' });
    const report = await devhost.byName('Report.docx');
    const { context, page } = await session('alice', 'dark');
    await page.goto(editorUrl(report.id));
    const status = page.locator('#docsbridge-status');
    await status.getByText('ONLYOFFICE Docs cannot be reached').waitFor({ timeout: 20000 });
    expect(await status.innerText()).not.toContain('your connection');
    await screenshot(page, 'editor-unreachable-dark');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('follows Confluence\'s dark theme (and the system\'s without it), and uses the mobile editor on phones', async () => {
    const report = await devhost.byName('Report.docx');
    const config = async (page: Page) =>
      JSON.parse((await page.locator('#docsbridge-editor-data').textContent())!).config;

    const dark = await session('alice', 'dark');
    await dark.page.goto(editorUrl(report.id));
    await dark.page.waitForURL(/theme=dark/);
    expect((await config(dark.page)).editorConfig.customization.uiTheme).toBe('default-dark');
    await dark.page.frameLocator('iframe').locator('#sim-mode').getByText('Editing').waitFor();
    await dark.page.locator('#docsbridge-status').waitFor({ state: 'hidden' });
    await dark.context.close();

    const light = await session('alice', 'light');
    await light.page.goto(editorUrl(report.id, '&theme=light'));
    expect((await config(light.page)).editorConfig.customization.uiTheme).toBe('default-light');
    expect((await config(light.page)).type).toBe('desktop');
    await light.context.close();

    const phone = await session('alice', 'narrow');
    await phone.page.goto(editorUrl(report.id));
    expect((await config(phone.page)).type).toBe('mobile');
    await phone.page.frameLocator('iframe').locator('#sim-mode').getByText('Editing').waitFor();
    await screenshot(phone.page, 'editor-phone');
    await phone.context.close();
  });
});

/** The dialog fits its width (long names wrap) and has no axe violation; a screenshot for a person to look at. */
async function checkDialog(page: Page, testId: string, name: string, look: Look): Promise<void> {
  const dialog = page.locator(`[data-testid="${testId}"]`);
  await dialog.waitFor();
  expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(await page.evaluate(() => document.querySelector('[role="dialog"]')!.getBoundingClientRect().right <= window.innerWidth + 1)).toBe(true);
  await screenshot(page, `dialog-${name}-${look}`);
  expect(await axeViolations(page, `[data-testid="${testId}"]`)).toEqual([]);
}

describe.each(LOOKS)('attachment actions and dialogs (%s)', (look) => {
  test('the row actions stay readable, and every dialog state fits, reads well and passes axe', async () => {
    await devhost.upload(1001, 'Legacy.docx', Buffer.from('not the converted file'), 'alice');
    const { context, page } = await session('alice', look);
    await page.goto(attachmentsUrl());
    const actions = page.locator('a.docsbridge-open, a.docsbridge-dialog');
    await actions.first().waitFor();
    // On the phone (its page laid out 980 px wide: no viewport meta tag) the rows' actions are in "More actions" menus.
    if (look === 'narrow') await page.locator('button.docsbridge-more').first().waitFor();
    // No action label is broken across lines (at 390 px they wrap between actions, never inside one).
    const broken = await actions.evaluateAll((links) => links.filter((l) => l.getClientRects().length > 1).map((l) => l.textContent));
    expect(broken).toEqual([]);
    await screenshot(page, `attachments-${look}`);
    expect(await axeViolations(page, 'table.attachments')).toEqual([]);

    const report = await devhost.byName('Report.docx');
    await chooseAction(page, actionSelector(report.id, ['docsbridge-download-as']));
    await page.locator('#docsbridge-download-as-format').waitFor();
    await checkDialog(page, 'docsbridge-download-as-dialog', 'download-as', look);
    await page.locator('#docsbridge-download-as-name').fill('');
    await page.getByTestId('docsbridge-download-as-submit').click();
    await page.locator('#docsbridge-download-as-name-error').waitFor();
    await checkDialog(page, 'docsbridge-download-as-dialog', 'download-as-invalid', look);
    await page.getByTestId('docsbridge-download-as-cancel').click();

    await page.getByText('New document').click();
    await page.locator('#docsbridge-create-name').fill('Report');
    await page.locator('#docsbridge-create-name-warning').waitFor();
    await checkDialog(page, 'docsbridge-create-dialog', 'create-name-taken', look);
    await page.locator('#docsbridge-create-name').fill('A very long name for the minutes of the quarterly planning meeting '.repeat(3).trim());
    await checkDialog(page, 'docsbridge-create-dialog', 'create-long-name', look);
    await page.getByTestId('docsbridge-create-cancel').click();

    const letter = await devhost.byName('Letter.odt');
    await chooseAction(page, actionSelector(letter.id, ['docsbridge-convert']));
    await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
    await checkDialog(page, 'docsbridge-convert-dialog', 'convert-created', look);
    await Promise.all([page.waitForEvent('load'), page.getByTestId('docsbridge-convert-close').click()]);
    await chooseAction(page, actionSelector(letter.id, ['docsbridge-convert']));
    await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
    await checkDialog(page, 'docsbridge-convert-dialog', 'convert-exists', look);
    await page.getByTestId('docsbridge-convert-close').click();

    const legacy = await devhost.byName('Legacy.doc');
    await chooseAction(page, actionSelector(legacy.id, ['docsbridge-convert']));
    await page.locator('#docsbridge-convert-name').waitFor();
    await checkDialog(page, 'docsbridge-convert-dialog', 'convert-name-taken', look);
    await context.close();
  }, 240000);
});

describe.each(['light', 'dark'] as const)('narrow attachment rows (%s)', (scheme) => {
  test('each row with several actions has one "More actions" menu, used with the keyboard, named for screen readers', async () => {
    // A 390 px wide layout viewport: a narrow window, or a phone on a page with a device-width viewport. (A phone on
    // a page without one lays it out 980 px wide and zooms out; the links then show as on a desktop.)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${base()}/devhost/login?user=alice`);
    await page.goto(attachmentsUrl());
    const report = await devhost.byName('Report.docx');
    const more = page.locator(actionSelector(report.id)).first().locator('xpath=..').locator('button.docsbridge-more');
    await more.waitFor();
    // The row's links are hidden (no link soup); one button per row instead, named for its file.
    expect(await page.locator(actionSelector(report.id)).evaluateAll((links) => links.every((l) => !(l as HTMLElement).offsetParent))).toBe(true);
    expect(await more.getAttribute('aria-label')).toBe('More actions for Report.docx');
    expect(await more.textContent()).toBe('More actions');
    await screenshot(page, `attachments-narrow-menu-closed-${scheme}`);

    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('[role="menu"]');
    await menu.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const items = menu.locator('a[role="menuitem"]');
    expect(await items.allTextContents()).toEqual(['Edit in ONLYOFFICE', 'Download as…']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit in ONLYOFFICE');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download as…');
    // The menu stays inside the phone's width; in the dark theme its surface is dark.
    const box = (await menu.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 390).toBe(true);
    const surface = await menu.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(surface).toBe(scheme === 'dark' ? 'rgb(43, 44, 47)' : 'rgb(255, 255, 255)');
    await screenshot(page, `attachments-narrow-menu-open-${scheme}`);
    expect(await axeViolations(page, 'table.attachments')).toEqual([]);
    expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('docsbridge-more'))).toBe(true);

    // Space chooses the focused item: Download as opens; when it closes the focus is back on the button.
    await page.keyboard.press('ArrowUp');
    await menu.waitFor();
    await page.keyboard.press('Space');
    const dialog = page.getByTestId('docsbridge-download-as-dialog');
    await dialog.waitFor();
    await page.getByTestId('docsbridge-download-as-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.classList.contains('docsbridge-more'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('More actions for Report.docx');

    // A conversion reloads the list; the focus lands on the converted file's row, on its "More actions" button.
    const letter = await devhost.byName('Letter.odt');
    await chooseAction(page, actionSelector(letter.id, ['docsbridge-convert']));
    await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
    await Promise.all([page.waitForEvent('load'), page.getByTestId('docsbridge-convert-close').click()]);
    await page.waitForFunction(() => document.activeElement?.classList.contains('docsbridge-more'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^More actions for Letter/);
    await context.close();
  }, 120000);
});
