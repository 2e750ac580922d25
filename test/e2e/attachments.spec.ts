import type { Browser, BrowserContext, Page } from 'playwright-core';
import { actionSelector } from './support/actions';
import { axeViolations } from './support/axe';
import { launchBrowser, screenshot, sessionAs } from './support/browser';
import { devhost, eventually } from './support/devhostApi';
import { environment } from './support/environment';

// What users see in the page's attachment list: the right actions, new documents, conversion, download as.
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

const attachmentsUrl = (pageId = 1001) => `${environment().devhostUrl}/pages/viewpageattachments.action?pageId=${pageId}`;

async function attachmentsPage(user: string): Promise<{ context: BrowserContext; page: Page }> {
  const session = await sessionAs(browser, user);
  await session.page.goto(attachmentsUrl());
  return session;
}

/** The action links shown for one attachment, by their visible text. */
async function actionsFor(page: Page, fileName: string): Promise<string[]> {
  const id = (await devhost.byName(fileName)).id;
  return page.locator(actionSelector(id)).allTextContents();
}

async function openFromDialog(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  // The dialog opens the tab at once (so no popup blocker interferes) and sends it to the editor when ready.
  const [tab] = await Promise.all([context.waitForEvent('page'), click()]);
  await tab.waitForURL(/\/plugins\/servlet\/onlyoffice\/doceditor/, { timeout: 20000 });
  await tab.waitForLoadState();
  return tab;
}

test('alice sees Edit on a DOCX and View on a VSDX; carol sees only View and Download as', async () => {
  const alice = await attachmentsPage('alice');
  const docx = await actionsFor(alice.page, 'Report.docx');
  expect(docx).toContain('Edit in ONLYOFFICE');
  expect(docx).not.toContain('View in ONLYOFFICE');
  const vsdx = await actionsFor(alice.page, 'Diagram.vsdx');
  expect(vsdx).toContain('View in ONLYOFFICE');
  expect(vsdx).not.toContain('Edit in ONLYOFFICE');
  expect(await actionsFor(alice.page, 'Letter.odt')).toContain('Convert to DOCX');
  await screenshot(alice.page, 'attachments-alice');
  await alice.context.close();

  const carol = await attachmentsPage('carol');
  expect((await actionsFor(carol.page, 'Report.docx')).sort()).toEqual(['Download as\u2026', 'View in ONLYOFFICE']);
  expect(await actionsFor(carol.page, 'Letter.odt')).not.toContain('Convert to DOCX');
  expect(await carol.page.getByText('New document').count()).toBe(0);
  await carol.context.close();
});

test('alice creates "Plan" as a spreadsheet twice: Plan.xlsx and Plan (1).xlsx, each opening in the editor', async () => {
  const { context, page } = await attachmentsPage('alice');
  for (const expected of ['Plan.xlsx', 'Plan (1).xlsx']) {
    await page.getByText('New document').click();
    const dialog = page.getByTestId('docsbridge-create-dialog');
    await dialog.waitFor();
    await page.locator('#docsbridge-create-type-xlsx').check();
    await page.locator('#docsbridge-create-name').fill('Plan');
    if (expected === 'Plan.xlsx') {
      await screenshot(page, 'create-dialog');
      expect(await axeViolations(page, '[data-testid="docsbridge-create-dialog"]')).toEqual([]);
    }
    const editor = await openFromDialog(context, () => page.getByTestId('docsbridge-create-submit').click());
    expect(await editor.title()).toBe(`${expected} - ONLYOFFICE`);
    await editor.frameLocator('iframe').locator('#sim-mode').getByText('Editing').waitFor();
    await editor.close();
    const created = await devhost.byName(expected);
    expect(created.pageId).toBe(1001);
    expect(created.lastModifier).toBe('alice');
    await page.waitForLoadState();
    await page.goto(attachmentsUrl());
  }
  await context.close();
});

test('an invalid name gets a clear message and creates nothing', async () => {
  const { context, page } = await attachmentsPage('alice');
  const before = (await devhost.attachments()).length;
  await page.getByText('New document').click();
  await page.locator('#docsbridge-create-name').fill('a/b:c');
  await page.getByTestId('docsbridge-create-submit').click();
  const error = page.locator('#docsbridge-create-name-error');
  await error.waitFor();
  expect((await error.textContent())?.length).toBeGreaterThan(10);
  expect((await devhost.attachments()).length).toBe(before);
  await context.close();
});

test('keyboard only: create a document without touching the mouse', async () => {
  const { context, page } = await attachmentsPage('alice');
  const button = page.getByText('New document');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('docsbridge-create-dialog').waitFor();
  // The name field has focus; type a name and submit with Enter.
  expect(await page.locator('#docsbridge-create-name').evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Minutes');
  const editor = await openFromDialog(context, () => page.keyboard.press('Enter'));
  expect(await editor.title()).toBe('Minutes.docx - ONLYOFFICE');
  await context.close();
});

async function convert(page: Page, fileName: string): Promise<void> {
  const id = (await devhost.byName(fileName)).id;
  await page.locator(actionSelector(id, ['docsbridge-convert'])).first().click();
  await page.getByTestId('docsbridge-convert-dialog').waitFor();
}

test('alice converts an ODT and a DOC with visible progress and opens the results', async () => {
  const { context, page } = await attachmentsPage('alice');
  for (const [source, result] of [['Letter.odt', 'Letter.docx'], ['Legacy.doc', 'Legacy.docx']]) {
    await convert(page, source);
    const progress = page.getByRole('progressbar', { name: 'Conversion progress' });
    await progress.waitFor();
    if (source === 'Letter.odt') {
      await screenshot(page, 'convert-progress');
      expect(await axeViolations(page, '[data-testid="docsbridge-convert-dialog"]')).toEqual([]);
    }
    await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
    const stored = await eventually(async () => (await devhost.attachments()).find((a) => a.fileName === result));
    expect(stored.lastModifier).toBe('alice');
    const editor = await openFromDialog(context, () => page.getByTestId('docsbridge-convert-open').click());
    expect(await editor.title()).toBe(`${result} - ONLYOFFICE`);
    await editor.close();
    await page.goto(attachmentsUrl());
  }
  await context.close();
});

test('a conversion error shows a message people understand', async () => {
  await devhost.upload(1001, 'Locked.odt', Buffer.from('SIM-ERROR:-5 this file is password-protected'));
  const { context, page } = await attachmentsPage('alice');
  await convert(page, 'Locked.odt');
  const error = page.getByTestId('docsbridge-convert-error');
  await error.waitFor({ timeout: 20000 });
  expect((await error.textContent())?.toLowerCase()).toContain('password');
  expect((await devhost.attachments()).some((a) => a.fileName === 'Locked.docx')).toBe(false);
  await screenshot(page, 'convert-error');
  await context.close();
});

test('Download as produces a file with the chosen name and stores nothing', async () => {
  const { context, page } = await attachmentsPage('carol');
  const before = (await devhost.attachments()).length;
  const id = (await devhost.byName('Report.docx')).id;
  await page.locator(actionSelector(id, ['docsbridge-download-as'])).click();
  await page.getByTestId('docsbridge-download-as-dialog').waitFor();
  await page.locator('#docsbridge-download-as-format').selectOption('pdf');
  await page.locator('#docsbridge-download-as-name').fill('Quarterly report');
  expect(await axeViolations(page, '[data-testid="docsbridge-download-as-dialog"]')).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByTestId('docsbridge-download-as-submit').click(),
  ]);
  expect(download.suggestedFilename()).toBe('Quarterly report.pdf');
  const bytes = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect((await devhost.attachments()).length).toBe(before);
  await context.close();
});

test('Download as names the formats for people, in groups, PDF first, and labels the file name it will download', async () => {
  const { context, page } = await attachmentsPage('carol');
  const id = (await devhost.byName('Report.docx')).id;
  await page.locator(actionSelector(id, ['docsbridge-download-as'])).click();
  await page.getByTestId('docsbridge-download-as-dialog').waitFor();
  const format = page.locator('#docsbridge-download-as-format');
  const options = await format.locator('option').allTextContents();
  expect(options.slice(0, 3)).toEqual(['PDF document', 'PDF/A (PDF for archiving)', 'Word document with macros (DOCM)']);
  expect(options).toContain('OpenDocument text (ODT)');
  expect(options.every((o) => !/^[A-Z0-9/]+$/.test(o))).toBe(true);
  expect(await format.locator('optgroup').evaluateAll((groups) => groups.map((g) => (g as HTMLOptGroupElement).label))).toEqual(
    ['PDF', 'Microsoft Office', 'OpenDocument (LibreOffice, OpenOffice)', 'Other formats', 'Images'],
  );
  expect(await format.inputValue()).toBe('pdf');
  const name = page.locator('#docsbridge-download-as-name');
  // The proposed name is selected: typing replaces it.
  await page.keyboard.type('Summary.');
  expect(await name.inputValue()).toBe('Summary.');
  expect(await page.locator('#docsbridge-download-as-name-preview').innerText()).toBe('Downloads as\nSummary.pdf');
  await context.close();
});

test('New document: a taken name is reported before Create, with the name the file will get', async () => {
  const { context, page } = await attachmentsPage('alice');
  await page.getByText('New document').click();
  await page.getByTestId('docsbridge-create-dialog').waitFor();
  await page.locator('#docsbridge-create-name').fill('Report');
  const warning = page.locator('#docsbridge-create-name-warning');
  await warning.waitFor();
  expect(await warning.innerText()).toBe(
    'A file named Report.docx is already attached to this page. Change the name, or the new file will be called Report (1).docx.',
  );
  await page.locator('#docsbridge-create-name').fill('Report for Q3');
  await warning.waitFor({ state: 'detached' });
  await context.close();
});

test('Convert: the same version again "already exists" with a link; a changed source becomes a new version; focus lands on the result', async () => {
  const { context, page } = await attachmentsPage('alice');
  await convert(page, 'Letter.odt');
  await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
  const result = await devhost.byName('Letter.docx');
  // Closing reloads the page to show the new attachment; the focus goes to its Edit action, not to <body>.
  await Promise.all([page.waitForEvent('load'), page.getByTestId('docsbridge-convert-close').click()]);
  await eventually(async () => (await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')).endsWith(`attachmentId=${result.id}`) || undefined,
    10000, 'focus on the converted file');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('docsbridge-open'))).toBe(true);

  await convert(page, 'Letter.odt');
  const done = page.getByTestId('docsbridge-convert-done');
  await done.waitFor({ timeout: 20000 });
  expect(await done.innerText()).toContain('This version of Letter.odt was converted before, so nothing new was added.');
  expect(await page.getByTestId('docsbridge-convert-result-link').getAttribute('href')).toContain(`attachmentId=${result.id}`);
  await screenshot(page, 'convert-exists');
  expect(await axeViolations(page, '[data-testid="docsbridge-convert-dialog"]')).toEqual([]);
  expect((await devhost.attachments()).filter((a) => a.fileName.startsWith('Letter')).map((a) => a.fileName).sort())
    .toEqual(['Letter.docx', 'Letter.odt']);
  await page.getByTestId('docsbridge-convert-close').click();

  const odt = await devhost.byName('Letter.odt');
  // A new version of the source (Confluence keeps the name; the content may be the same).
  await devhost.upload(1001, 'Letter.odt', await devhost.content(odt.id, odt.version), 'alice');
  await page.reload();
  await convert(page, 'Letter.odt');
  await done.waitFor({ timeout: 20000 });
  expect(await done.innerText()).toMatch(/Letter\.odt changed since it was last converted, so Letter\.docx[\s\S]* now has a new version \(version 2\)\./);
  const after = await devhost.attachments();
  expect(after.filter((a) => a.fileName.startsWith('Letter')).map((a) => a.fileName).sort()).toEqual(['Letter.docx', 'Letter.odt']);
  expect((await devhost.byName('Letter.docx')).version).toBe(2);
  await context.close();
});

test('Convert asks for a name first when another file already has the result\'s name', async () => {
  await devhost.upload(1001, 'Legacy.docx', Buffer.from('not the converted file'), 'alice');
  const { context, page } = await attachmentsPage('alice');
  await convert(page, 'Legacy.doc');
  const name = page.locator('#docsbridge-convert-name');
  await name.waitFor();
  expect(await page.getByTestId('docsbridge-convert-dialog').innerText()).toContain('A file named Legacy.docx is already attached to this page.');
  expect(await name.inputValue()).toBe('Legacy (1)');
  await page.keyboard.type('Legacy converted');
  await page.getByTestId('docsbridge-convert-submit').click();
  await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
  expect((await devhost.byName('Legacy converted.docx')).lastModifier).toBe('alice');
  await context.close();
});
