import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { actionSelector, chooseAction } from './support/actions';
import { axeViolations } from './support/axe';
import { launchBrowser, nodeUrl, screenshot, IPHONE_USER_AGENT } from './support/browser';
import { editorsShown } from './support/activity';
import { devhost, eventually } from './support/devhostApi';

// Issue #11, part B, walked through as people use it: two editors (alice, bob) and a viewer (carol), on a desktop,
// in the dark theme and on a 390 px phone. The attachment list and its dialogs: after Close, an unconfigured app,
// an ended session, the name fields, Convert and co-editing. Every state is saved as a screenshot (target/screenshots,
// prefix wtB-) for a person to look at, and scanned with axe.
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

type Look = 'light' | 'dark' | 'narrow';
const LOOKS: Look[] = ['light', 'dark', 'narrow'];

function contextOptions(look: Look): BrowserContextOptions {
  if (look === 'dark') return { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' };
  if (look === 'narrow') return { viewport: { width: 390, height: 844 }, userAgent: IPHONE_USER_AGENT, isMobile: true, hasTouch: true };
  return { viewport: { width: 1280, height: 800 }, colorScheme: 'light' };
}

async function session(user: string, look: Look, node: 1 | 2 = 1): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(contextOptions(look));
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  await page.goto(`${nodeUrl(node)}/devhost/login?user=${user}`);
  return { context, page };
}

const listUrl = (node: 1 | 2 = 1, pageId = 1001) => `${nodeUrl(node)}/pages/viewpageattachments.action?pageId=${pageId}`;
const editorUrl = (node: 1 | 2, id: number) => `${nodeUrl(node)}/plugins/servlet/onlyoffice/doceditor?attachmentId=${id}`;

function versionCell(page: Page, fileName: string) {
  return page.locator('tr', { has: page.getByRole('link', { name: fileName, exact: true }) }).locator('td.version');
}

async function noAxeViolations(page: Page, selector: string): Promise<void> {
  expect(await axeViolations(page, selector)).toEqual([]);
}

/** Nothing on the page is wider than the window (no sideways scrolling on a phone). */
async function fitsTheWindow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
}

async function typeInEditor(tab: Page, text: string): Promise<void> {
  await tab.frameLocator('iframe').locator('#sim-text').fill(text);
  await eventually(async () => ((await tab.title()).startsWith('\u25cf') ? undefined : true), 15000, 'changes delivered');
}

async function openDialog(page: Page, id: number, action: string, testId: string): Promise<void> {
  await chooseAction(page, actionSelector(id, [action]));
  await page.getByTestId(testId).waitFor();
}

async function openNewDocument(page: Page): Promise<void> {
  await page.getByText('New document').click();
  await page.getByTestId('docsbridge-create-dialog').waitFor();
}

describe.each(LOOKS)('walk-through B (%s)', (look) => {
  test('after Close the list the editor came from says "saving…", then "saved as version N", and shows it', async () => {
    const report = await devhost.byName('Report.docx');
    const { context, page } = await session('alice', look, 2);
    await page.goto(listUrl(2));
    // A real Docs server takes ~10 s to save: the list's questions about the save are held until the "saving…"
    // state has been looked at (otherwise the simulator's quick save reloads the list under the axe scan).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname.endsWith('/onlyoffice/activity') && url.searchParams.has('key'), async (route) => {
      await held;
      await route.continue();
    });
    const [tab] = await Promise.all([context.waitForEvent('page'), chooseAction(page, actionSelector(report.id, ['docsbridge-open']))]);
    await tab.waitForURL(/\/plugins\/servlet\/onlyoffice\/doceditor/);
    await typeInEditor(tab, `Edited on a ${look} screen`);
    const closed = tab.waitForEvent('close');
    await tab.frameLocator('iframe').locator('#sim-close').click();
    await closed; // the editor tab does not turn into a second, stale attachments page

    const notice = page.locator('#docsbridge-save-notice');
    await notice.getByText('Saving Report.docx\u2026').waitFor({ timeout: 5000 });
    await screenshot(page, `wtB-after-close-saving-${look}`);
    await noAxeViolations(page, '#docsbridge-save-notice');
    expect(await notice.getAttribute('role')).toBe('status');
    release();
    await notice.getByText(`Report.docx saved as version ${report.version + 1}.`).waitFor({ timeout: 20000 });
    // The list reloaded by itself: the new version is shown without a manual reload, in the original tab.
    expect(await versionCell(page, 'Report.docx').textContent()).toBe(String(report.version + 1));
    expect(context.pages()).toHaveLength(1);
    await fitsTheWindow(page);
    await screenshot(page, `wtB-after-close-saved-${look}`);
    await noAxeViolations(page, '#docsbridge-save-notice');
    await context.close();
  }, 90000);

  test('co-editing: the viewer\'s list shows both editors with avatars; the saved version names both', async () => {
    const report = await devhost.byName('Report.docx');
    const alice = await session('alice', 'light', 1);
    await alice.page.goto(editorUrl(1, report.id));
    await typeInEditor(alice.page, 'Alice\u2019s paragraph');
    const bob = await session('bob', 'light', 2);
    await bob.page.goto(editorUrl(2, report.id));
    await typeInEditor(bob.page, 'Bob\u2019s paragraph');

    const carol = await session('carol', look, 1);
    await carol.page.goto(listUrl(1));
    const editing = carol.page.locator(`tr:has(${actionSelector(report.id, ['docsbridge-open'])}) .docsbridge-editing`);
    await eventually(async () => ((await editorsShown(carol.page, report.id)).length === 2 ? true : undefined), 30000, 'both editors in the hint');
    expect(await editing.innerText()).toMatch(/^Being edited by (Alice Able and Bob Baker|Bob Baker and Alice Able)$/);
    expect(await editing.isVisible()).toBe(true);
    const avatars = await editing.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).getAttribute('src')));
    expect(avatars.map((src) => src?.replace(/^.*\//, '')).sort()).toEqual(['alice.svg', 'bob.svg']);
    await fitsTheWindow(carol.page);
    await screenshot(carol.page, `wtB-who-is-editing-${look}`);
    await noAxeViolations(carol.page, 'table.attachments');

    await alice.page.frameLocator('iframe').locator('#sim-close').click();
    await bob.page.frameLocator('iframe').locator('#sim-close').click();
    const saved = await eventually(async () => {
      const current = await devhost.byName('Report.docx');
      return current.version > report.version ? current : undefined;
    }, 30000, 'the co-edited version');
    // The version's comment names everyone who edited, not only the last one to leave.
    expect(saved.comment).toMatch(/Alice Able/);
    expect(saved.comment).toMatch(/Bob Baker/);
    await eventually(async () => ((await editorsShown(carol.page, report.id)).length === 0 ? true : undefined), 30000, 'the hint to go');
    await alice.context.close();
    await bob.context.close();
    await carol.context.close();
  }, 120000);

  test('an unconfigured app offers nothing; a list loaded before the settings went explains and creates nothing', async () => {
    const { context, page } = await session('alice', look);
    await page.goto(listUrl());
    const before = await devhost.attachments();
    await devhost.settings({ docsUrl: null });

    // A list loaded while the app was set up: New document says why it cannot, and no file appears.
    await openNewDocument(page);
    await page.locator('#docsbridge-create-name').fill('Agenda');
    await page.getByTestId('docsbridge-create-submit').click();
    const createError = page.getByTestId('docsbridge-create-error');
    await createError.waitFor();
    expect(await createError.innerText()).toContain('ONLYOFFICE Docs is not set up yet. Please ask your Confluence administrator');
    expect(context.pages()).toHaveLength(1);
    await screenshot(page, `wtB-unconfigured-create-${look}`);
    await noAxeViolations(page, '[data-testid="docsbridge-create-dialog"]');
    await page.getByTestId('docsbridge-create-cancel').click();

    const letter = before.find((a) => a.fileName === 'Letter.odt')!;
    await openDialog(page, letter.id, 'docsbridge-convert', 'docsbridge-convert-dialog');
    const convertError = page.getByTestId('docsbridge-convert-error');
    await convertError.waitFor({ timeout: 20000 });
    expect(await convertError.innerText()).toContain('not set up');
    expect(await page.getByTestId('docsbridge-convert-retry').count()).toBe(0);
    await screenshot(page, `wtB-unconfigured-convert-${look}`);
    await page.getByTestId('docsbridge-convert-close').click();

    const report = before.find((a) => a.fileName === 'Report.docx')!;
    await openDialog(page, report.id, 'docsbridge-download-as', 'docsbridge-download-as-dialog');
    const downloadError = page.getByTestId('docsbridge-download-as-error');
    await downloadError.waitFor({ timeout: 20000 });
    expect(await downloadError.innerText()).toContain('not set up');
    await screenshot(page, `wtB-unconfigured-download-as-${look}`);
    await page.getByTestId('docsbridge-download-as-cancel').click();
    expect((await devhost.attachments()).map((a) => `${a.fileName} ${a.version}`))
      .toEqual(before.map((a) => `${a.fileName} ${a.version}`));

    // Loaded now: no Edit, View, Convert, Download as or New document at all.
    await page.reload();
    const body = await page.locator('body').innerText();
    for (const label of ['Edit in ONLYOFFICE', 'View in ONLYOFFICE', 'Convert to', 'Download as', 'New document', 'More actions']) {
      expect(body).not.toContain(label);
    }
    await screenshot(page, `wtB-unconfigured-list-${look}`);
    await context.close();
  }, 90000);

  test('an ended session: New document, Convert and Download as say "log in again" and offer the login', async () => {
    const { context, page } = await session('alice', look);
    await page.goto(listUrl());
    const before = (await devhost.attachments()).length;
    await page.request.get(`${nodeUrl(1)}/devhost/logout`);

    await openNewDocument(page);
    await page.locator('#docsbridge-create-name').fill('Agenda');
    await page.getByTestId('docsbridge-create-submit').click();
    const createError = page.getByTestId('docsbridge-create-error');
    await createError.waitFor();
    expect(await createError.innerText()).toContain('Your Confluence session has ended. Log in again');
    expect(await createError.innerText()).not.toMatch(/HTTP|does not exist/);
    expect(await page.getByTestId('docsbridge-create-error-login').getAttribute('href')).toMatch(/\/login\.action\?os_destination=/);
    // The tab reserved for the editor at the click is closed again; nothing was created.
    await eventually(async () => (context.pages().length === 1 ? true : undefined), 5000, 'the reserved tab to close');
    expect((await devhost.attachments()).length).toBe(before);
    await screenshot(page, `wtB-session-ended-create-${look}`);
    await noAxeViolations(page, '[data-testid="docsbridge-create-dialog"]');
    await page.getByTestId('docsbridge-create-cancel').click();

    const letter = await devhost.byName('Letter.odt');
    await openDialog(page, letter.id, 'docsbridge-convert', 'docsbridge-convert-dialog');
    const convertError = page.getByTestId('docsbridge-convert-error');
    await convertError.waitFor();
    expect(await convertError.innerText()).toContain('Your Confluence session has ended. Log in again');
    expect(await convertError.innerText()).not.toMatch(/HTTP|does not exist/);
    expect(await page.getByTestId('docsbridge-convert-retry').count()).toBe(0);
    await screenshot(page, `wtB-session-ended-convert-${look}`);
    await noAxeViolations(page, '[data-testid="docsbridge-convert-dialog"]');
    await page.getByTestId('docsbridge-convert-close').click();

    await openDialog(page, letter.id, 'docsbridge-download-as', 'docsbridge-download-as-dialog');
    const downloadError = page.getByTestId('docsbridge-download-as-error');
    await downloadError.waitFor();
    expect(await downloadError.innerText()).toContain('Your Confluence session has ended. Log in again');
    expect(await downloadError.innerText()).not.toMatch(/HTTP|does not exist/);
    await screenshot(page, `wtB-session-ended-download-as-${look}`);
    await noAxeViolations(page, '[data-testid="docsbridge-download-as-dialog"]');
    await page.getByTestId('docsbridge-download-as-error-login').click();
    await page.waitForURL(/login\.action\?os_destination=/);
    expect(decodeURIComponent(page.url())).toContain('/pages/viewpageattachments.action?pageId=1001');
    await context.close();
  }, 90000);

  test('name fields: the proposed name is replaced by typing, the hint follows the name, "Trailing dot." and taken names', async () => {
    const { context, page } = await session('alice', look);
    await page.goto(listUrl());
    await openNewDocument(page);
    const name = page.locator('#docsbridge-create-name');
    const preview = page.locator('#docsbridge-create-name-preview');
    // The proposed name is selected: typing replaces it instead of appending.
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Trailing dot.');
    expect(await name.inputValue()).toBe('Trailing dot.');
    expect(await preview.innerText()).toBe('Saved as Trailing dot.docx');
    await screenshot(page, `wtB-name-trailing-dot-${look}`);

    // A name that cannot be used: the error replaces the hint (they never contradict each other).
    await name.fill('Q3: plan');
    await page.getByTestId('docsbridge-create-submit').click();
    await page.locator('#docsbridge-create-name-error').waitFor();
    expect(await preview.count()).toBe(0);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, `wtB-name-invalid-${look}`);
    await noAxeViolations(page, '[data-testid="docsbridge-create-dialog"]');

    // A taken name is said out loud (a status message) with the name the file will get.
    await name.fill('Report');
    const warning = page.locator('#docsbridge-create-name-warning');
    await warning.waitFor();
    expect(await warning.getAttribute('role')).toBe('status');
    expect(await warning.innerText()).toContain('the new file will be called Report (1).docx');
    expect((await name.getAttribute('aria-describedby'))?.split(' ')).toContain('docsbridge-create-name-warning');
    await screenshot(page, `wtB-name-taken-${look}`);

    // A long name wraps inside the dialog.
    await name.fill('Minutes of the quarterly planning meeting with every department and all the regional offices '.repeat(2).trim());
    const dialog = page.getByTestId('docsbridge-create-dialog');
    expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await fitsTheWindow(page);
    await screenshot(page, `wtB-name-long-${look}`);

    // "Trailing dot." is stored as "Trailing dot.docx".
    await name.fill('Trailing dot.');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('docsbridge-create-submit').click()]);
    await tab.waitForURL(/\/plugins\/servlet\/onlyoffice\/doceditor/);
    expect((await devhost.byName('Trailing dot.docx')).lastModifier).toBe('alice');
    await tab.close();

    // Download as: the proposed name is selected too; its preview is labelled.
    await page.goto(listUrl());
    const report = await devhost.byName('Report.docx');
    await openDialog(page, report.id, 'docsbridge-download-as', 'docsbridge-download-as-dialog');
    const downloadName = page.locator('#docsbridge-download-as-name');
    await downloadName.waitFor();
    await eventually(async () => (await downloadName.evaluate((el) => el === document.activeElement)) || undefined, 5000, 'focus on the name');
    await page.keyboard.type('Summary.');
    expect(await page.locator('#docsbridge-download-as-name-preview').innerText()).toBe('Downloads as\nSummary.pdf');
    await screenshot(page, `wtB-download-as-name-${look}`);
    await noAxeViolations(page, '[data-testid="docsbridge-download-as-dialog"]');
    await context.close();
  }, 90000);

  test('Download as offers a spreadsheet\'s formats by name, PDF then Excel first', async () => {
    const { context, page } = await session('carol', look);
    await page.goto(listUrl());
    const budget = await devhost.byName('Budget.xlsx');
    await openDialog(page, budget.id, 'docsbridge-download-as', 'docsbridge-download-as-dialog');
    const format = page.locator('#docsbridge-download-as-format');
    await format.waitFor();
    const options = await format.locator('option').allTextContents();
    expect(options[0]).toBe('PDF document');
    expect(options.indexOf('OpenDocument spreadsheet (ODS)')).toBeGreaterThan(options.findIndex((o) => o.includes('Excel')));
    expect(options.every((o) => !/^[A-Za-z0-9/]+$/.test(o))).toBe(true);
    await screenshot(page, `wtB-download-as-spreadsheet-${look}`);
    await noAxeViolations(page, '[data-testid="docsbridge-download-as-dialog"]');
    await context.close();
  });

  test('Convert: "Try again" only where retrying can help', async () => {
    await devhost.upload(1001, 'Locked.odt', Buffer.from('SIM-ERROR:-5 this file is password-protected'), 'alice');
    await devhost.upload(1001, 'Broken.odt', Buffer.from('SIM-ERROR:-3 this file is damaged'), 'alice');
    const { context, page } = await session('alice', look);
    await page.goto(listUrl());
    for (const [fileName, words] of [['Locked.odt', 'password'], ['Broken.odt', 'could not read the file']]) {
      const file = await devhost.byName(fileName);
      await openDialog(page, file.id, 'docsbridge-convert', 'docsbridge-convert-dialog');
      const error = page.getByTestId('docsbridge-convert-error');
      await error.waitFor({ timeout: 20000 });
      expect(await error.innerText()).toContain(words);
      expect(await page.getByTestId('docsbridge-convert-retry').count()).toBe(0);
      await screenshot(page, `wtB-convert-${fileName.replace('.odt', '').toLowerCase()}-${look}`);
      await noAxeViolations(page, '[data-testid="docsbridge-convert-dialog"]');
      await page.getByTestId('docsbridge-convert-close').click();
    }

    // A Docs server that cannot be reached may answer later: there, Try again is offered, and works once it is back.
    const working = await devhost.settings({});
    await devhost.settings({ docsUrl: 'http://127.0.0.1:9' });
    const letter = await devhost.byName('Letter.odt');
    await openDialog(page, letter.id, 'docsbridge-convert', 'docsbridge-convert-dialog');
    const error = page.getByTestId('docsbridge-convert-error');
    await error.waitFor({ timeout: 30000 });
    expect(await error.innerText()).toContain('cannot be reached');
    await screenshot(page, `wtB-convert-unreachable-${look}`);
    await devhost.settings({ docsUrl: working.docsUrl });
    await page.getByTestId('docsbridge-convert-retry').click();
    await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
    expect((await devhost.byName('Letter.docx')).lastModifier).toBe('alice');
    await context.close();
  }, 90000);
});
