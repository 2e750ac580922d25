import type { Browser, Page } from 'playwright-core';
import { launchBrowser, nodeUrl, screenshot, sessionAs } from './support/browser';
import { editorsShown } from './support/activity';
import { devhost, eventually } from './support/devhostApi';

// What people see around an editing session: the list they came from updates after Close ("saving…", then
// "saved as version N" and the new version), who is editing, and a warning when someone uploads meanwhile.
// The dev host runs two app nodes; the Docs server's callbacks alternate between them.
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

function attachmentsUrl(node: 1 | 2, pageId: number): string {
  return `${nodeUrl(node)}/pages/viewpageattachments.action?pageId=${pageId}`;
}

function versionCell(page: Page, fileName: string) {
  return page.locator('tr', { has: page.getByRole('link', { name: fileName, exact: true }) }).locator('td.version');
}

async function openEditorFromList(page: Page, attachmentId: number): Promise<Page> {
  const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator(`a.docsbridge-edit[href$="attachmentId=${attachmentId}"]`).click()]);
  await tab.waitForURL(/\/plugins\/servlet\/onlyoffice\/doceditor/);
  await tab.frameLocator('iframe').locator('#sim-text').waitFor();
  return tab;
}

async function typeInEditor(tab: Page, text: string): Promise<void> {
  await tab.frameLocator('iframe').locator('#sim-text').fill(text);
  await eventually(async () => ((await tab.title()).startsWith('\u25cf') ? undefined : true), 5000, 'changes delivered');
}

test('after Close the editor tab closes and the list it came from says "saving…", then shows the new version', async () => {
  const report = await devhost.byName('Report.docx');
  const { context, page } = await sessionAs(browser, 'alice', 2);
  await page.goto(attachmentsUrl(2, report.pageId));
  expect(await versionCell(page, 'Report.docx').textContent()).toBe(String(report.version));

  const tab = await openEditorFromList(page, report.id);
  await typeInEditor(tab, 'Closed from the list');
  const closed = tab.waitForEvent('close');
  await tab.frameLocator('iframe').locator('#sim-close').click();
  await closed; // no second, stale attachments page

  const notice = page.locator('#docsbridge-save-notice');
  await notice.getByText('Saving Report.docx').waitFor({ timeout: 5000 });
  await screenshot(page, 'attachments-saving');
  await notice.getByText(`Report.docx saved as version ${report.version + 1}.`).waitFor({ timeout: 20000 });
  expect(await versionCell(page, 'Report.docx').textContent()).toBe(String(report.version + 1));
  expect(await context.pages()).toHaveLength(1);
  await screenshot(page, 'attachments-saved');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  expect(await notice.count()).toBe(0);
  await context.close();
});

test('an editor opened without a list to go back to returns to the list, which then follows the save', async () => {
  const report = await devhost.byName('Report.docx');
  const { context, page } = await sessionAs(browser, 'alice');
  await page.goto(`${nodeUrl(1)}/plugins/servlet/onlyoffice/doceditor?attachmentId=${report.id}`);
  await page.frameLocator('iframe').locator('#sim-text').waitFor();
  await typeInEditor(page, 'No list was open');
  await page.frameLocator('iframe').locator('#sim-close').click();
  await page.waitForURL(/viewpageattachments\.action/);
  await page.locator('#docsbridge-save-notice').getByText(`Report.docx saved as version ${report.version + 1}.`).waitFor({ timeout: 20000 });
  expect(await versionCell(page, 'Report.docx').textContent()).toBe(String(report.version + 1));
  await context.close();
});

test('closing without changes says so and stores nothing', async () => {
  const report = await devhost.byName('Report.docx');
  const { context, page } = await sessionAs(browser, 'alice');
  await page.goto(attachmentsUrl(1, report.pageId));
  const tab = await openEditorFromList(page, report.id);
  await tab.frameLocator('iframe').locator('#sim-close').click();
  await page.locator('#docsbridge-save-notice').getByText('Report.docx was closed without changes.').waitFor({ timeout: 20000 });
  expect((await devhost.byName('Report.docx')).version).toBe(report.version);
  await context.close();
});

test('the attachment list shows who is editing (names and avatars) on every node, and stops when they leave', async () => {
  const report = await devhost.byName('Report.docx');
  const alice = await sessionAs(browser, 'alice', 1);
  await alice.page.goto(`${nodeUrl(1)}/plugins/servlet/onlyoffice/doceditor?attachmentId=${report.id}`);
  await alice.page.frameLocator('iframe').locator('#sim-text').waitFor();

  const bob = await sessionAs(browser, 'bob', 2);
  await bob.page.goto(attachmentsUrl(2, report.pageId));
  const editing = bob.page.locator(`tr:has(a.docsbridge-edit[href$="attachmentId=${report.id}"]) .docsbridge-editing`);
  await eventually(async () => ((await editorsShown(bob.page, report.id)).length > 0 ? true : undefined), 30000, 'the editing hint');
  expect(await editing.textContent()).toBe('Being edited by Alice Able');
  expect(await editing.locator('img').getAttribute('src')).toContain('/devhost/avatars/alice.svg');
  expect(await bob.page.locator('.docsbridge-editing').count()).toBe(1);
  await screenshot(bob.page, 'attachments-who-is-editing');

  await alice.page.frameLocator('iframe').locator('#sim-close').click();
  await eventually(async () => ((await editorsShown(bob.page, report.id)).length === 0 ? true : undefined), 30000, 'the hint to go');
  await alice.context.close();
  await bob.context.close();
});

test('an upload during a session is announced in the editor, and both versions stay in the history', async () => {
  const report = await devhost.byName('Report.docx');
  const { context, page } = await sessionAs(browser, 'alice', 2);
  await page.goto(`${nodeUrl(2)}/plugins/servlet/onlyoffice/doceditor?attachmentId=${report.id}`);
  await typeInEditor(page, 'Alice edits while Bob uploads');

  const original = await devhost.content(report.id, report.version);
  const uploaded = await devhost.upload(report.pageId, 'Report.docx', original, 'bob');
  expect(uploaded.version).toBe(report.version + 1);
  const warning = page.locator('#docsbridge-upload-warning');
  await warning.waitFor({ timeout: 30000 });
  expect(await warning.textContent()).toContain(`Bob Baker uploaded version ${uploaded.version} of Report.docx`);
  await screenshot(page, 'editor-upload-warning');

  await page.frameLocator('iframe').locator('#sim-close').click();
  const versions = await eventually(async () => {
    const all = await devhost.versions(report.id);
    return all.length > uploaded.version ? all : undefined;
  }, 20000, 'alice\u2019s version');
  expect(versions.map((v) => v.lastModifier).slice(-2)).toEqual(['bob', 'alice']);
  const comment = (versions[versions.length - 1] as unknown as { comment: string }).comment;
  expect(comment).toContain('Alice Able');
  await context.close();
});
