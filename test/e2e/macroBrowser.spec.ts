import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, nodeUrl, screenshot, sessionAs } from './support/browser';
import { devhost } from './support/devhostApi';
import { previewMacro, setPageBody, viewPageUrl } from './support/pages';

// The preview macro's file chosen with the app's file picker in the macro browser (issue #14, decisions/0008). The
// dev host's /devhost/macro-browser stands in for Confluence's editor with a macro browser modelled on Confluence's
// own (ProductShims: overrides by type and name, values read back from #macro-param-NAME, required parameters,
// defaults left out). Insert shows the macro definition the editor would store.
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

const macroBrowserUrl = (pageId: number, params: Record<string, string> = {}) =>
  `${nodeUrl(1)}/devhost/macro-browser?pageId=${pageId}&macro=onlyoffice-preview${Object.entries(params).map(([k, v]) => `&param.${k}=${encodeURIComponent(v)}`).join('')}`;

async function openBrowser(page: Page, pageId: number, params: Record<string, string> = {}): Promise<void> {
  await page.goto(macroBrowserUrl(pageId, params));
  await page.locator('#devhost-open-macro-browser').click();
  await page.locator('#macro-param-name').waitFor();
}

async function inserted(page: Page): Promise<{ name: string; params: Record<string, string> }> {
  await page.locator('#macro-browser-dialog button.ok').click();
  await page.waitForFunction(() => document.getElementById('devhost-macro-result')!.textContent !== '');
  return JSON.parse((await page.locator('#devhost-macro-result').textContent())!);
}

async function pick(page: Page, fileName: string): Promise<void> {
  const picker = page.getByTestId('docsbridge-picker');
  await picker.getByText(fileName, { exact: true }).click();
  await page.getByTestId('docsbridge-picker-choose').click();
  await picker.waitFor({ state: 'detached' });
  await page.waitForFunction((name) => (document.getElementById('macro-param-name') as HTMLInputElement).value === name, fileName);
}

test('a file of this page: the picker lists only what ONLYOFFICE can show, and the macro gets its name and no page', async () => {
  await devhost.upload(1001, 'Tool.exe', Buffer.from('MZ'), 'alice');
  const { context, page } = await sessionAs(browser, 'alice');
  await openBrowser(page, 1001);
  // The browser's own check: Insert stays disabled while the required file is empty.
  expect(await page.locator('#macro-browser-dialog button.ok').isDisabled()).toBe(true);
  expect(await page.locator('label[for="macro-param-name"]').textContent()).toBe('File *');
  expect(await page.locator('#macro-param-name').getAttribute('readonly')).not.toBeNull();

  await page.getByRole('button', { name: 'Choose file…' }).click();
  const picker = page.getByTestId('docsbridge-picker');
  await picker.getByText('Report.docx', { exact: true }).waitFor();
  expect(await picker.getByRole('heading').first().textContent()).toBe('Choose a file to show');
  expect(await picker.locator('#docsbridge-picker-formats').textContent()).toBe('Lists the files ONLYOFFICE can display.');
  const listed = await picker.locator('input[type="radio"] + span > span:first-child').allTextContents();
  expect(listed).toEqual(expect.arrayContaining(['Report.docx', 'Budget.xlsx', 'Slides.pptx', 'Form.pdf', 'Letter.odt', 'Legacy.doc']));
  expect(listed).not.toContain('Tool.exe');
  await screenshot(page, 'macro-browser-picker');
  await pick(page, 'Report.docx');
  expect(await page.locator('#macro-browser-dialog button.ok').isDisabled()).toBe(false);
  expect(await page.locator('#macro-param-page').inputValue()).toBe('');
  await screenshot(page, 'macro-browser-file-chosen');
  expect(await axeViolations(page, '#macro-param-div-name')).toEqual([]);
  expect(await inserted(page)).toEqual({ name: 'onlyoffice-preview', params: { name: 'Report.docx' } });
  await context.close();
});

test('a new page not saved yet: the picker lists the files dropped on its draft', async () => {
  const draft = await devhost.draft('Kick-off');
  await devhost.upload(draft.id, 'Kickoff.pptx', Buffer.from('pptx'), 'alice');
  const { context, page } = await sessionAs(browser, 'alice');
  await openBrowser(page, draft.id);
  // As on Confluence's create-page form: no page id yet, the draft is the content being edited.
  expect(await page.locator('meta[name="ajs-page-id"]').getAttribute('content')).toBe('0');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  const picker = page.getByTestId('docsbridge-picker');
  await picker.getByText('Kickoff.pptx', { exact: true }).waitFor();
  // Only the draft's own file is listed as this page's, not the published pages' files.
  expect(await picker.getByText('Report.docx', { exact: true }).count()).toBe(0);
  await screenshot(page, 'macro-browser-draft-picker');
  await pick(page, 'Kickoff.pptx');
  expect(await inserted(page)).toEqual({ name: 'onlyoffice-preview', params: { name: 'Kickoff.pptx' } });
  await context.close();
});

test('a file of another page and of a blog post: `page` as Confluence writes it, and the macro renders that file', async () => {
  await devhost.upload(1002, 'Agenda.docx', Buffer.from('agenda'), 'alice');
  await devhost.upload(1003, 'Roadmap.pdf', Buffer.from('%PDF-1.4'), 'alice');
  const { context, page } = await sessionAs(browser, 'alice');
  // Recently viewed pages are the picker's other pages.
  await page.goto(`${nodeUrl(1)}/pages/viewpageattachments.action?pageId=1002`);
  await openBrowser(page, 1001);
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.locator('#docsbridge-picker-page').selectOption({ label: 'Meeting notes (Development)' });
  await pick(page, 'Agenda.docx');
  expect(await page.locator('#macro-param-page').inputValue()).toBe('DEV:Meeting notes');
  expect(await inserted(page)).toEqual({ name: 'onlyoffice-preview', params: { page: 'DEV:Meeting notes', name: 'Agenda.docx' } });

  // A blog post's file, found by searching all spaces.
  await openBrowser(page, 1001);
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.locator('#docsbridge-picker-search').fill('Roadmap');
  await pick(page, 'Roadmap.pdf');
  const definition = await inserted(page);
  expect(definition.params).toEqual({ page: 'DEV:/2026/11/02/Release notes', name: 'Roadmap.pdf' });

  // What was inserted is what the macro reads: Confluence's editor stores `SPACE:/yyyy/MM/dd/Title` as an
  // <ri:blog-post> link (StorageMacroV2Marshaller), and the page then shows that file.
  const ref = /^(\w+):\/(\d{4}\/\d{2}\/\d{2})\/(.+)$/.exec(definition.params.page)!;
  await setPageBody(1001, previewMacro({ name: definition.params.name, page: { spaceKey: ref[1], postingDay: ref[2], title: ref[3] } }));
  await page.goto(viewPageUrl(1001));
  expect(await page.locator('#main-content').textContent()).toContain('Roadmap.pdf');
  await context.close();
});

test('editing a macro: the stored file and page are shown, and kept when nothing is chosen', async () => {
  const { context, page } = await sessionAs(browser, 'alice');
  await openBrowser(page, 1001, { page: 'DEV:Meeting notes', name: 'Agenda.docx', edit: 'true' });
  expect(await page.locator('#macro-param-name').inputValue()).toBe('Agenda.docx');
  expect(await page.locator('#macro-param-page').inputValue()).toBe('DEV:Meeting notes');
  expect(await page.locator('#macro-param-edit').isChecked()).toBe(true);
  // The picker opened and cancelled changes nothing.
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.getByTestId('docsbridge-picker').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('docsbridge-picker').waitFor({ state: 'detached' });
  expect(await inserted(page)).toEqual({ name: 'onlyoffice-preview', params: { page: 'DEV:Meeting notes', name: 'Agenda.docx', edit: 'true' } });
  await context.close();
});
