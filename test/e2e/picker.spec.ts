import type { FrameLocator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { screenshot, sessionAs } from './support/browser';
import { editorUrl, useEditorSpec } from './support/editorSpec';
import { devhost, eventually } from './support/devhostApi';
import { environment } from './support/environment';
import { restrictPages, viewPageUrl } from './support/pages';

// Confluence files inside the editor (issue #13): the simulator's Insert image / Compare / Mail merge buttons fire the
// editor's request events, the page opens the app's file picker, and the simulator checks the signed object it gets
// and downloads the file like the Docs server does.

// A real 2×2 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGPgSXsCRAwQCgAiFgVZrIlA+gAAAABJRU5ErkJggg==',
  'base64',
);

interface InsertRecord {
  method: string;
  c: string | null;
  ok: boolean;
  error?: string;
  files: Array<{ fileType: string; url: string; bytes: number }>;
  downloads: Array<{ url: string; httpStatus: number | null; withToken: boolean }>;
}

const browser = useEditorSpec();

async function inserts(): Promise<InsertRecord[]> {
  const response = await fetch(`${environment().docsUrl}/__sim/state`);
  return ((await response.json()) as { inserts: InsertRecord[] }).inserts;
}

async function openEditor(page: Page, fileName: string): Promise<FrameLocator> {
  const file = await devhost.byName(fileName);
  await page.goto(editorUrl(file.id));
  const editor = page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  return editor;
}

/** Clicks one of the simulator's request buttons and waits for the picker with its first listing. */
async function openPicker(page: Page, editor: FrameLocator, button: string) {
  await editor.locator(button).click();
  const dialog = page.getByTestId('docsbridge-picker');
  await dialog.waitFor();
  await eventually(async () => ((await page.getByTestId('docsbridge-picker-status').textContent()) !== 'Loading files…' ? true : undefined), 10000, 'files listed');
  return dialog;
}

async function fileNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="docsbridge-picker-files"] label > span > span:first-child').allTextContents();
}

test('alice inserts an image from the page into the document: signed link, downloaded with the Docs token', async () => {
  const chart = await devhost.upload(1001, 'Chart.png', PNG);
  const { context, page } = await sessionAs(browser(), 'alice');
  const editor = await openEditor(page, 'Report.docx');
  const dialog = await openPicker(page, editor, '#sim-insert-image');

  // Only images are offered, and the dialog says which formats it lists.
  expect(await fileNames(page)).toEqual(['Chart.png']);
  await expect(dialog.locator('#docsbridge-picker-formats').textContent()).resolves.toContain('PNG');
  expect(await page.locator('#docsbridge-picker-search').evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await axeViolations(page, '[data-testid="docsbridge-picker"]')).toEqual([]);
  await screenshot(page, 'picker-image-this-page');

  // Keyboard only: Tab to the file, Space selects it, Enter inserts.
  await page.getByLabel('Chart.png').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });

  const done = editor.locator('#sim-inserted li[data-method="insertImage"]');
  await done.waitFor();
  expect(await done.getAttribute('data-ok')).toBe('true');
  expect(await done.textContent()).toBe(`Image inserted (add): png, ${PNG.length} bytes`);
  const [record] = await inserts();
  expect(record.files[0].url).toContain('/plugins/servlet/onlyoffice/file?token=');
  expect(record.downloads[0]).toMatchObject({ httpStatus: 200, withToken: true });
  expect(chart.id).toBeGreaterThan(0);
  await context.close();
});

test('recent pages and search across spaces: files of another page, found by part of their name', async () => {
  await devhost.upload(1002, 'Team logo.png', PNG);
  const { context, page } = await sessionAs(browser(), 'alice');
  await page.goto(viewPageUrl(1002)); // now a recently viewed page
  const editor = await openEditor(page, 'Report.docx');
  await openPicker(page, editor, '#sim-insert-image');
  expect(await fileNames(page)).toEqual([]);
  await expect(page.getByTestId('docsbridge-picker-status').textContent()).resolves.toContain('No file on this page');
  await screenshot(page, 'picker-image-empty-page');

  await page.selectOption('#docsbridge-picker-page', { label: 'Meeting notes (Development)' });
  await eventually(async () => ((await fileNames(page)).length ? true : undefined), 10000, 'files of Meeting notes');
  expect(await fileNames(page)).toEqual(['Team logo.png']);

  await page.fill('#docsbridge-picker-search', 'log');
  await eventually(async () => ((await page.locator('legend').textContent())?.includes('log') ? true : undefined), 10000, 'search results');
  expect(await fileNames(page)).toEqual(['Team logo.png']);
  await expect(page.locator('[data-testid="docsbridge-picker-files"]').textContent()).resolves.toContain('on Meeting notes');
  expect(await axeViolations(page, '[data-testid="docsbridge-picker"]')).toEqual([]);
  await screenshot(page, 'picker-image-search');

  await page.fill('#docsbridge-picker-search', 'budget');
  await eventually(async () => ((await page.getByTestId('docsbridge-picker-status').textContent())?.includes('matches') ? true : undefined), 10000, 'empty search');
  await screenshot(page, 'picker-image-search-empty');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('docsbridge-picker').waitFor({ state: 'detached' });
  expect(await inserts()).toEqual([]);
  await context.close();
});

test('compare with a document and mail merge from a spreadsheet: the editor gets each file, signed', async () => {
  const { context, page } = await sessionAs(browser(), 'alice');
  const editor = await openEditor(page, 'Report.docx');

  await openPicker(page, editor, '#sim-compare');
  const documents = await fileNames(page);
  expect(documents).toContain('Letter.odt');
  expect(documents).not.toContain('Budget.xlsx');
  await screenshot(page, 'picker-document');
  await page.getByLabel('Letter.odt').check();
  await page.getByTestId('docsbridge-picker-choose').click();
  const compared = editor.locator('#sim-inserted li[data-method="setRequestedDocument"]');
  await compared.waitFor();
  expect(await compared.textContent()).toMatch(/^Document received \(compare\): odt, \d+ bytes$/);

  await openPicker(page, editor, '#sim-mail-merge');
  const sheets = await fileNames(page);
  expect(sheets).toEqual(expect.arrayContaining(['Budget.xlsx', 'Data.csv']));
  expect(sheets).not.toContain('Report.docx');
  await page.getByLabel('Budget.xlsx').dblclick();
  const merged = editor.locator('#sim-inserted li[data-method="setRequestedSpreadsheet"]');
  await merged.waitFor();
  expect(await merged.textContent()).toMatch(/^Recipients received \(mailmerge\): xlsx, \d+ bytes$/);
  expect((await inserts()).map((r) => r.ok)).toEqual([true, true]);
  await context.close();
});

test('refusals: a file carol cannot see is neither listed nor signed; wrong formats, forged and cross-site requests fail', async () => {
  const logo = await devhost.upload(1002, 'Secret logo.png', PNG);
  await restrictPages([1002]);
  const report = await devhost.byName('Report.docx');
  const { context, page } = await sessionAs(browser(), 'carol');
  // carol may only view: the viewer has no Insert image, Compare or Mail merge.
  const editor = await openEditor(page, 'Report.docx');
  expect(await editor.locator('#sim-insert-image').isHidden()).toBe(true);
  expect(await editor.locator('#sim-compare').isHidden()).toBe(true);

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    page.evaluate(async ({ method, path, body, headers }) => {
      const response = await fetch(path, { method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    }, { method, path, body, headers });
  const json = { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' };
  const context_ = '/confluence';

  const signed = await call('POST', `${context_}/plugins/servlet/onlyoffice/picker`,
    { editorAttachmentId: report.id, attachmentId: logo.id, purpose: 'image', c: 'add' }, json);
  expect(signed).toEqual({ status: 404, json: { error: 'notFound', message: expect.stringContaining('may not view it') } });
  expect((await call('GET', `${context_}/plugins/servlet/onlyoffice/picker?pageId=1002&purpose=image`)).status).toBe(404);
  const search = await call('GET', `${context_}/rest/api/content/search?cql=${encodeURIComponent('type = attachment and title ~ "secret*"')}&limit=10`);
  expect(search.json.results).toEqual([]);
  await context.close();

  // alice may see the page; still: an image request for a document, a made-up command, a cross-site post.
  await restrictPages([]);
  const alice = await sessionAs(browser(), 'alice');
  await alice.page.goto(editorUrl(report.id));
  const aliceCall = (body: unknown, headers: Record<string, string> = json) =>
    alice.page.evaluate(async ({ body, headers }) => {
      const response = await fetch('/confluence/plugins/servlet/onlyoffice/picker', { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    }, { body, headers });
  const wrongFormat = await aliceCall({ editorAttachmentId: report.id, attachmentId: report.id, purpose: 'image', c: 'add' });
  expect(wrongFormat.status).toBe(415);
  expect((await aliceCall({ editorAttachmentId: report.id, attachmentId: logo.id, purpose: 'image', c: 'rm -rf' })).status).toBe(415);
  const forged = await aliceCall({ editorAttachmentId: report.id, attachmentId: logo.id, purpose: 'image', c: 'add' }, { 'Content-Type': 'text/plain' });
  expect(forged).toEqual({ status: 403, json: expect.objectContaining({ error: 'xsrf' }) });
  const fine = await aliceCall({ editorAttachmentId: report.id, attachmentId: logo.id, purpose: 'image', c: 'add' });
  expect(fine.status).toBe(200);
  expect(fine.json.command).toEqual({ c: 'add', images: [{ fileType: 'png', url: expect.stringContaining('/plugins/servlet/onlyoffice/file?token=') }], token: expect.any(String) });
  await alice.context.close();
});

test('a narrow window and the dark theme keep the picker usable', async () => {
  await devhost.upload(1001, 'Chart.png', PNG);
  const { context, page } = await sessionAs(browser(), 'alice');
  await page.setViewportSize({ width: 420, height: 720 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const file = await devhost.byName('Report.docx');
  await page.goto(editorUrl(file.id, '&theme=dark'));
  const editor = page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  await openPicker(page, editor, '#sim-insert-image');
  expect(await fileNames(page)).toEqual(['Chart.png']);
  await screenshot(page, 'picker-image-narrow-dark');
  await context.close();
});

test('picker errors stay in the dialog: what happened, what to do, and a way back', async () => {
  await devhost.upload(1001, 'Chart.png', PNG);
  const { context, page } = await sessionAs(browser(), 'alice');
  await page.goto(viewPageUrl(1002)); // a recently viewed page
  // Confluence refuses the recent-pages query (as it would a CQL function it does not know).
  const recentQuery = /\/rest\/api\/content\/search\?cql=[^&]*recentlyViewedContent/;
  await page.route(recentQuery, (route) => route.fulfill({ status: 400, contentType: 'application/json', body: '{"message":"bad cql"}' }));
  const editor = await openEditor(page, 'Report.docx');
  await openPicker(page, editor, '#sim-insert-image');
  const recentError = page.getByTestId('docsbridge-picker-recent-error');
  await recentError.waitFor();
  expect(await recentError.textContent()).toContain('recently viewed pages could not be listed');
  expect(await recentError.textContent()).toContain("This page's files and the search still work");
  expect(await fileNames(page)).toEqual(['Chart.png']); // this page's files are unaffected
  expect(await axeViolations(page, '[data-testid="docsbridge-picker"]')).toEqual([]);
  await screenshot(page, 'picker-error-recent');

  // Trying again after Confluence answers lists the recent pages and drops the message.
  await page.unroute(recentQuery);
  await page.getByRole('button', { name: 'List recent pages again' }).click();
  await recentError.waitFor({ state: 'detached' });
  await page.locator('#docsbridge-picker-page option', { hasText: 'Meeting notes' }).waitFor({ state: 'attached' });

  // Another page's files cannot be loaded (the connection drops): the message, Try again, and back to this page.
  await page.route(/\/plugins\/servlet\/onlyoffice\/picker\?pageId=1002/, (route) => route.abort('connectionreset'));
  await page.selectOption('#docsbridge-picker-page', { label: 'Meeting notes (Development)' });
  const loadError = page.getByTestId('docsbridge-picker-load-error');
  await loadError.waitFor();
  expect(await loadError.textContent()).toContain('The files could not be loaded. Confluence cannot be reached. Check your connection and try again.');
  await screenshot(page, 'picker-error-load');
  await page.getByTestId('docsbridge-picker-back').click();
  await eventually(async () => ((await fileNames(page)).length ? true : undefined), 10000, "this page's files again");
  expect(await fileNames(page)).toEqual(['Chart.png']);
  expect(await page.locator('#docsbridge-picker-page').inputValue()).toBe('1001');
  expect(await loadError.count()).toBe(0);

  // A search Confluence cannot answer: said in the dialog, with the way back.
  await page.route(/\/rest\/api\/content\/search\?cql=[^&]*attachment/, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.fill('#docsbridge-picker-search', 'chart');
  await loadError.waitFor();
  expect(await loadError.textContent()).toContain('The files could not be loaded.');
  await page.getByTestId('docsbridge-picker-back').click();
  await eventually(async () => ((await fileNames(page)).length ? true : undefined), 10000, "this page's files after the search");
  expect(await page.locator('#docsbridge-picker-search').inputValue()).toBe('');
  await context.close();
});
