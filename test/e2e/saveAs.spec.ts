import type { Browser, FrameLocator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, nodeUrl, screenshot, sessionAs } from './support/browser';
import { devhost, eventually } from './support/devhostApi';
import { environment } from './support/environment';
import { viewPageUrl } from './support/pages';

// File > Save copy as (issue #13): the simulator makes the copy in the chosen format and fires onRequestSaveAs with a
// link into its cache; the editor page asks where the copy goes, and the app downloads it from the Docs server under
// the save path's rules and attaches it.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await devhost.reset();
  await fetch(`${environment().docsUrl}/__sim/reset`, { method: 'POST' });
});

const editorUrl = (attachmentId: number) => `${nodeUrl(1)}/plugins/servlet/onlyoffice/doceditor?attachmentId=${attachmentId}`;

async function openEditor(page: Page, fileName: string): Promise<FrameLocator> {
  const file = await devhost.byName(fileName);
  await page.goto(editorUrl(file.id));
  const editor = page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  return editor;
}

async function saveCopyAs(page: Page, editor: FrameLocator, fileType: string) {
  await editor.locator('#sim-save-as-type').selectOption(fileType);
  await editor.locator('#sim-save-as').click();
  const dialog = page.getByTestId('docsbridge-save-copy');
  await dialog.waitFor();
  return dialog;
}

/** The editor's canXxx flags as api.js set them from the declared events. */
async function editorFlags(page: Page): Promise<{ canRequestSaveAs: boolean; canRename: boolean }> {
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  return frame.evaluate(() => {
    const c = (window as unknown as { docsim: { session(): { config: { editorConfig: Record<string, unknown> } } } }).docsim.session().config.editorConfig;
    return { canRequestSaveAs: c.canRequestSaveAs === true, canRename: c.canRename === true };
  });
}

const onPage = async (pageId: number) => (await devhost.attachments()).filter((a) => a.pageId === pageId).map((a) => a.fileName);

test('alice saves a PDF copy on this page and a DOCX copy on a recent page: names de-duplicated, content from the Docs server', async () => {
  const { context, page } = await sessionAs(browser, 'alice');
  await page.goto(viewPageUrl(1002)); // a recently viewed page
  const editor = await openEditor(page, 'Report.docx');
  await editor.locator('#sim-text').fill('Added before the copy');
  await editor.locator('#sim-status', { hasText: 'All changes saved' }).waitFor();

  const dialog = await saveCopyAs(page, editor, 'pdf');
  expect(await page.locator('#docsbridge-save-copy-name').inputValue()).toBe('Report');
  expect(await dialog.textContent()).toContain('Format: PDF');
  expect(await page.locator('#docsbridge-save-copy-page').inputValue()).toBe('1001');
  expect(await axeViolations(page, '[data-testid="docsbridge-save-copy"]')).toEqual([]);
  await screenshot(page, 'save-copy-dialog');
  await page.getByTestId('docsbridge-save-copy-submit').click();
  const done = page.getByTestId('docsbridge-save-copy-done');
  await done.waitFor();
  expect(await done.textContent()).toBe('The copy was saved as Report.pdf on this page.');
  await screenshot(page, 'save-copy-done');
  const pdf = await devhost.byName('Report.pdf');
  expect(pdf).toMatchObject({ pageId: 1001, version: 1, lastModifier: 'alice', mediaType: 'application/pdf' });
  const bytes = await devhost.content(pdf.id, 1);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain('Added before the copy');
  expect(await page.getByTestId('docsbridge-save-copy-open').getAttribute('href')).toContain(`attachmentId=${pdf.id}`);
  await page.getByTestId('docsbridge-save-copy-close').click();
  await dialog.waitFor({ state: 'detached' });

  // A DOCX copy on this page would clash with Report.docx: it becomes "Report (1).docx". On Meeting notes it is free.
  await saveCopyAs(page, editor, 'docx');
  await page.getByTestId('docsbridge-save-copy-submit').click();
  await page.getByTestId('docsbridge-save-copy-done').waitFor();
  expect(await onPage(1001)).toContain('Report (1).docx');
  await page.getByTestId('docsbridge-save-copy-close').click();

  await saveCopyAs(page, editor, 'docx');
  await page.locator('#docsbridge-save-copy-page option', { hasText: 'Meeting notes' }).waitFor({ state: 'attached' });
  await page.selectOption('#docsbridge-save-copy-page', { label: 'Meeting notes (Development)' });
  await page.fill('#docsbridge-save-copy-name', 'Report for the meeting');
  await page.getByTestId('docsbridge-save-copy-submit').click();
  const onMeeting = page.getByTestId('docsbridge-save-copy-done');
  await onMeeting.waitFor();
  expect(await onMeeting.textContent()).toBe('The copy was saved as Report for the meeting.docx on Meeting notes.');
  expect(await onPage(1002)).toEqual(['Report for the meeting.docx']);
  await context.close();
});

test('refusals: a bad name stays in the dialog, carol may not add files, links not from the Docs server and cross-site posts change nothing', async () => {
  const { context, page } = await sessionAs(browser, 'alice');
  const editor = await openEditor(page, 'Report.docx');
  await saveCopyAs(page, editor, 'odt');
  await page.fill('#docsbridge-save-copy-name', 'Q1/Q2');
  await page.getByTestId('docsbridge-save-copy-submit').click();
  const error = page.getByTestId('docsbridge-save-copy-error');
  await error.waitFor();
  expect(await error.textContent()).toContain('A name cannot contain any of these characters');
  await screenshot(page, 'save-copy-error-name');
  const before = (await devhost.attachments()).length;
  // Fixing the name saves it: the way back is the same dialog.
  await page.fill('#docsbridge-save-copy-name', 'Q1 and Q2');
  await page.getByTestId('docsbridge-save-copy-submit').click();
  await page.getByTestId('docsbridge-save-copy-done').waitFor();
  expect((await devhost.attachments()).length).toBe(before + 1);
  expect(await onPage(1001)).toContain('Q1 and Q2.odt');
  await page.getByTestId('docsbridge-save-copy-close').click();
  await page.getByTestId('docsbridge-save-copy').waitFor({ state: 'detached' });
  const report = await devhost.byName('Report.docx');

  const post = (p: Page, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' }) =>
    p.evaluate(async ({ body, headers }) => {
      const response = await fetch('/confluence/plugins/servlet/onlyoffice/save-as', { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    }, { body, headers });
  // A real cache link of the simulator, for the refusals below.
  await editor.locator('#sim-save-as-type').selectOption('pdf');
  await page.evaluate(() => {
    const picker = window.docsbridgePicker!;
    const original = picker.saveCopy;
    picker.saveCopy = async (r) => {
      picker.saveCopy = original;
      (window as unknown as { copyUrl: string }).copyUrl = r.url;
      return null;
    };
  });
  await editor.locator('#sim-save-as').click();
  const url = await eventually(async () => page.evaluate(() => (window as unknown as { copyUrl?: string }).copyUrl), 10000, 'the copy link');
  expect(url).toContain('/cache/files/');

  const count = (await devhost.attachments()).length;
  const foreign = await post(page, { editorAttachmentId: report.id, pageId: 1001, url: 'http://127.0.0.1:9/evil.pdf', fileType: 'pdf', fileName: 'Evil' });
  expect(foreign).toEqual({ status: 400, json: { error: 'foreignUrl', message: expect.stringContaining('did not come from the ONLYOFFICE Docs server') } });
  const crossSite = await post(page, { editorAttachmentId: report.id, pageId: 1001, url, fileType: 'pdf', fileName: 'Forged' }, { 'Content-Type': 'text/plain' });
  expect(crossSite).toEqual({ status: 403, json: expect.objectContaining({ error: 'xsrf' }) });
  const wrongType = await post(page, { editorAttachmentId: report.id, pageId: 1001, url, fileType: 'docx', fileName: 'Not a docx' });
  expect(wrongType).toEqual({ status: 422, json: expect.objectContaining({ error: 'badContent' }) });
  const unknownType = await post(page, { editorAttachmentId: report.id, pageId: 1001, url, fileType: 'exe', fileName: 'Program' });
  expect(unknownType.status).toBe(415);
  const missingPage = await post(page, { editorAttachmentId: report.id, pageId: 999999, url, fileType: 'pdf', fileName: 'Nowhere' });
  expect(missingPage).toEqual({ status: 404, json: expect.objectContaining({ error: 'pageNotFound' }) });
  await context.close();

  // carol may view the page but not add files to it.
  const carol = await sessionAs(browser, 'carol');
  await carol.page.goto(editorUrl(report.id));
  const refused = await post(carol.page, { editorAttachmentId: report.id, pageId: 1001, url, fileType: 'pdf', fileName: 'Carol copy' });
  expect(refused).toEqual({ status: 403, json: { error: 'forbidden', message: expect.stringContaining('You may not add files to that page') } });
  expect((await devhost.attachments()).length).toBe(count);
  await carol.context.close();
});

test('view sessions offer Save copy as too: alice saves from the viewer; carol (view only) is refused by the target page; no Rename', async () => {
  const alice = await sessionAs(browser, 'alice');
  const report = await devhost.byName('Report.docx');
  await alice.page.goto(`${editorUrl(report.id)}&mode=view`);
  const viewer = alice.page.frameLocator('iframe');
  await viewer.locator('body[data-state="ready"]').waitFor();
  expect(await viewer.locator('#sim-mode').textContent()).toBe('Viewing');
  expect(await viewer.locator('#sim-rename').isHidden()).toBe(true);
  expect(await editorFlags(alice.page)).toEqual({ canRequestSaveAs: true, canRename: false });
  await saveCopyAs(alice.page, viewer, 'pdf');
  await alice.page.fill('#docsbridge-save-copy-name', 'Report seen');
  await alice.page.getByTestId('docsbridge-save-copy-submit').click();
  const done = alice.page.getByTestId('docsbridge-save-copy-done');
  await done.waitFor();
  expect(await done.textContent()).toBe('The copy was saved as Report seen.pdf on this page.');
  expect(await devhost.byName('Report seen.pdf')).toMatchObject({ pageId: 1001, lastModifier: 'alice' });
  await alice.context.close();

  const carol = await sessionAs(browser, 'carol');
  await carol.page.goto(editorUrl(report.id));
  const carolViewer = carol.page.frameLocator('iframe');
  await carolViewer.locator('body[data-state="ready"]').waitFor();
  expect(await carolViewer.locator('#sim-mode').textContent()).toBe('Viewing');
  // The launcher declares onRequestSaveAs but no onRequestRename in a view session (api.js canXxx flags).
  expect(await editorFlags(carol.page)).toEqual({ canRequestSaveAs: true, canRename: false });
  expect(await carolViewer.locator('#sim-rename').isHidden()).toBe(true);
  const count = (await devhost.attachments()).length;
  await saveCopyAs(carol.page, carolViewer, 'pdf');
  await carol.page.getByTestId('docsbridge-save-copy-submit').click();
  const error = carol.page.getByTestId('docsbridge-save-copy-error');
  await error.waitFor();
  expect(await error.textContent()).toContain('You may not add files to that page');
  await screenshot(carol.page, 'save-copy-viewer-refused');
  expect((await devhost.attachments()).length).toBe(count);
  await carol.context.close();
});
