import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, sessionAs } from './support/browser';
import { devhost } from './support/devhostApi';
import { environment } from './support/environment';
import { editOnce, editorUrl, openHistory } from './support/historySessions';

// History data goes with what it describes (decisions/0014-history-storage.md): deleting a version or the whole
// attachment in Confluence deletes its change list and archive (the dev host publishes Confluence's removal events
// as Confluence does), and moving the attachment to another page keeps it.
let browser: Browser;
jest.setTimeout(240000); // three editing sessions, each saved, on a shared machine

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await devhost.reset();
});

const keptVersions = async (id: number) => Object.keys((await devhost.historyData(id)).index?.versions ?? {});

test('deleting a version deletes its history data, the rest still opens with highlights; deleting the attachment deletes all of it', async () => {
  const original = await devhost.byName('Report.docx');
  await editOnce(browser, 'alice', original, 'Alice line one');
  await editOnce(browser, 'alice', original, 'Alice line two');
  await editOnce(browser, 'alice', original, 'Alice line three');
  const before = await devhost.historyData(original.id);
  expect(Object.keys(before.index?.versions ?? {})).toEqual(['2', '3', '4']);
  expect(before.archives).toHaveLength(3);
  const archiveOf3 = before.index?.versions['3'].archive;
  expect(archiveOf3).toBeTruthy();

  // Version 3 goes: its entry and archive with it, nothing else.
  const left = await devhost.removeVersion(original.id, 3);
  expect(left.versions.map((v) => v.version)).toEqual([1, 2, 4]);
  const after = await devhost.historyData(original.id);
  expect(Object.keys(after.index?.versions ?? {})).toEqual(['2', '4']);
  expect(after.archives).toHaveLength(2);
  expect(after.archives).not.toContain(archiveOf3);

  // The history lists the versions left and opens each; version 2 still shows its highlights. Version 4's changes
  // were made on top of version 3, which is gone: it opens without highlights rather than with wrong ones.
  const bob = await sessionAs(browser, 'bob');
  await bob.page.goto(editorUrl(original.id));
  await openHistory(bob.page);
  const editor = bob.page.frameLocator('iframe');
  expect(await editor.locator('#sim-history-list li .sim-version-number').allTextContents())
    .toEqual(['Version 4', 'Version 2', 'Version 1']);
  expect(await editor.locator('li[data-version="4"] .sim-changes').textContent()).toBe('1 changes by Alice Able');
  await editor.locator('#sim-version[data-version="4"][data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-version-doc mark').count()).toBe(0);
  expect(await editor.locator('#sim-version-doc p').allTextContents()).toContain('Alice line three');
  await editor.locator('li[data-version="2"] button[data-action="view"]').click();
  await editor.locator('#sim-version[data-version="2"][data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-version-doc mark').allTextContents()).toEqual(['Alice line one']);
  await screenshot(bob.page, 'history-after-version-deleted');
  await editor.locator('#sim-close').click();
  await bob.context.close();

  // The latest version goes: version 2 is the latest again, its data stays.
  expect((await devhost.removeVersion(original.id, 4)).versions.map((v) => v.version)).toEqual([1, 2]);
  expect(await keptVersions(original.id)).toEqual(['2']);

  // The attachment goes: nothing of its history is left in the store.
  expect((await devhost.removeAttachment(original.id)).versions).toEqual([]);
  expect(await devhost.historyData(original.id)).toEqual({ id: original.id, index: null, archives: [] });
  expect((await devhost.attachments()).map((a) => a.id)).not.toContain(original.id);
});

test('an attachment moved to another page keeps its history and highlights', async () => {
  const original = await devhost.byName('Report.docx');
  await editOnce(browser, 'alice', original, 'Written before the move');
  const before = await devhost.historyData(original.id);

  expect(await devhost.move(original.id, 1002)).toEqual({ id: original.id, pageId: 1002 });
  expect((await devhost.byName('Report.docx')).pageId).toBe(1002);
  expect(await devhost.historyData(original.id)).toEqual(before);

  const bob = await sessionAs(browser, 'bob');
  await bob.page.goto(`${environment().devhostUrl}/pages/viewpageattachments.action?pageId=1002`);
  await bob.page.locator('tr', { hasText: 'Report.docx' }).first().waitFor();
  await bob.page.goto(editorUrl(original.id));
  await openHistory(bob.page);
  const editor = bob.page.frameLocator('iframe');
  expect(await editor.locator('li[data-version="2"] .sim-changes').textContent()).toBe('1 changes by Alice Able');
  await editor.locator('#sim-version[data-version="2"][data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-version-doc mark').allTextContents()).toEqual(['Written before the move']);
  await screenshot(bob.page, 'history-after-move');
  await bob.context.close();
});
