import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, sessionAs } from './support/browser';
import { devhost, eventually, type AttachmentInfo } from './support/devhostApi';
import { environment } from './support/environment';
import { editOnce as editOnceIn, editorUrl, openHistory } from './support/historySessions';
import { buildDocx, readDocxParagraphs } from '../docserver/ooxml';

// Version history inside the editor: every version with its author, the changes the Docs server reported,
// highlights when viewing a version, restore for editors only.
let browser: Browser;
jest.setTimeout(480000); // three editing sessions, each saved, on a shared machine (took over 240 s at load 19)

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await devhost.reset();
});

const editOnce = (user: string, attachment: AttachmentInfo, text: string) => editOnceIn(browser, user, attachment, text);

test('three saved versions by alice, alice and bob: history lists authors and changes, highlights them, carol cannot restore, alice restores version 1', async () => {
  const original = await devhost.byName('Report.docx');
  expect(original.version).toBe(1);
  await editOnce('alice', original, 'Alice first line');
  await editOnce('alice', original, 'Alice second line');
  const third = await editOnce('bob', original, 'Bob third line');
  expect(third.version).toBe(4);

  // bob's view: every version, newest first, with author, avatar, comment and the Docs server's change list.
  const bob = await sessionAs(browser, 'bob');
  await bob.page.goto(editorUrl(original.id));
  await openHistory(bob.page);
  const editor = bob.page.frameLocator('iframe');
  const items = editor.locator('#sim-history-list li');
  expect(await items.count()).toBe(4);
  expect(await items.locator('.sim-version-number').allTextContents()).toEqual(['Version 4', 'Version 3', 'Version 2', 'Version 1']);
  expect(await items.locator('.sim-author').allTextContents()).toEqual(['Bob Baker', 'Alice Able', 'Alice Able', 'Admin']);
  const v4 = editor.locator('li[data-version="4"]');
  expect(await v4.locator('.sim-changes').textContent()).toBe('1 changes by Bob Baker');
  expect(await editor.locator('li[data-version="2"] .sim-changes').textContent()).toBe('1 changes by Alice Able');
  expect(await editor.locator('li[data-version="1"] .sim-changes').count()).toBe(0); // uploaded, not edited here
  expect(await v4.locator('.sim-comment').textContent()).toMatch(/^Edited in ONLYOFFICE/);
  expect(await v4.locator('img.sim-avatar').getAttribute('src')).toBe(`${environment().devhostUrl}/devhost/avatars/bob.svg`);
  // Dates are shown in the user's language, not as raw timestamps.
  expect(await v4.locator('.sim-created').textContent()).not.toMatch(/T\d\d:/);

  // The current version opens at once, its changes highlighted against version 3.
  await editor.locator('#sim-version[data-version="4"][data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-version-doc mark').allTextContents()).toEqual(['Bob third line']);
  expect(await editor.locator('#sim-version-doc mark').getAttribute('data-author')).toBe('Bob Baker');
  // Version 2: alice's first line highlighted; version 1 (uploaded) opens without highlights.
  await editor.locator('li[data-version="2"] button[data-action="view"]').click();
  await editor.locator('#sim-version[data-version="2"][data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-version-doc mark').allTextContents()).toEqual(['Alice first line']);
  await editor.locator('li[data-version="1"] button[data-action="view"]').click();
  await editor.locator('#sim-version[data-version="1"][data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-version-doc mark').count()).toBe(0);
  expect(await editor.locator('#sim-version-doc p').count()).toBeGreaterThan(0);
  await screenshot(bob.page, 'history-bob');
  // bob leaves the editor properly, so that alice edits alone below.
  await editor.locator('#sim-close').click();
  await bob.page.waitForURL(/viewpageattachments/); // onRequestClose leads back to the attachments
  await bob.context.close();

  // carol only views: history without restore.
  const carol = await sessionAs(browser, 'carol');
  await carol.page.goto(editorUrl(original.id));
  await openHistory(carol.page);
  const carolEditor = carol.page.frameLocator('iframe');
  expect(await carolEditor.locator('#sim-history-list li').count()).toBe(4);
  expect(await carolEditor.locator('button[data-action="restore"]').count()).toBe(0);
  await screenshot(carol.page, 'history-carol');
  await carol.context.close();

  // alice restores version 1: version 5, attributed to her, with the comment; the history refreshes.
  const alice = await sessionAs(browser, 'alice');
  await alice.page.goto(editorUrl(original.id));
  await openHistory(alice.page);
  const aliceEditor = alice.page.frameLocator('iframe');
  await aliceEditor.locator('li[data-version="1"] button[data-action="restore"]').click();
  await aliceEditor.locator('#sim-history-list li[data-version="5"]').waitFor();
  expect(await aliceEditor.locator('li[data-version="5"] .sim-comment').textContent()).toBe('Restored from version 1');
  expect(await aliceEditor.locator('li[data-version="5"] .sim-author').textContent()).toBe('Alice Able');
  expect(await aliceEditor.locator('#sim-message').textContent()).toBe('Version 1 was restored as version 5.');
  await screenshot(alice.page, 'history-alice-restored');

  const restored = await devhost.byName('Report.docx');
  expect(restored.version).toBe(5);
  expect(restored.lastModifier).toBe('alice');
  expect(restored.comment).toBe('Restored from version 1');
  expect(restored.sha256).toBe(original.sha256);

  // The attachment list shows the new version.
  await alice.page.goto(`${environment().devhostUrl}/pages/viewpageattachments.action?pageId=${original.pageId}`);
  const row = alice.page.locator('tr', { hasText: 'Report.docx' }).first();
  expect(await row.textContent()).toContain('5');
  await screenshot(alice.page, 'history-attachments-after-restore');
  await alice.context.close();
});

test('restore is refused while someone else edits the document, and nothing changes', async () => {
  const original = await devhost.byName('Report.docx');
  await editOnce('alice', original, 'A line to go back from');
  const bob = await sessionAs(browser, 'bob');
  await bob.page.goto(editorUrl(original.id));
  await bob.page.frameLocator('iframe').locator('#sim-text').waitFor();
  const alice = await sessionAs(browser, 'alice');
  await alice.page.goto(editorUrl(original.id));
  await openHistory(alice.page);
  const aliceEditor = alice.page.frameLocator('iframe');
  // The Docs server reports both editors (status 1) before alice can act.
  await eventually(async () => {
    await aliceEditor.locator('li[data-version="1"] button[data-action="restore"]').click();
    const message = await aliceEditor.locator('#sim-message').textContent();
    return message && message.includes('Others are editing') ? message : undefined;
  }, 10000, 'restore refused');
  expect((await devhost.byName('Report.docx')).version).toBe(2);
  await screenshot(alice.page, 'history-restore-refused');
  await alice.context.close();
  await bob.context.close();
});

test('a version uploaded outside the editor is listed like the others; alice restores a point from the change list', async () => {
  const original = await devhost.byName('Report.docx');
  const originalText = await readDocxParagraphs(await devhost.content(original.id, 1));
  const edited = await editOnce('alice', original, 'Alice kept line');
  // bob uploads a new version the ordinary way (no ONLYOFFICE involved): no change list, but a full entry.
  await devhost.upload(original.pageId, 'Report.docx', await buildDocx(['Uploaded by Bob']), 'bob');
  expect((await devhost.byName('Report.docx')).version).toBe(3);

  const alice = await sessionAs(browser, 'alice');
  await alice.page.goto(editorUrl(original.id));
  await openHistory(alice.page);
  const editor = alice.page.frameLocator('iframe');
  const uploaded = editor.locator('li[data-version="3"]');
  expect(await uploaded.locator('.sim-author').textContent()).toBe('Bob Baker');
  expect(await uploaded.locator('.sim-comment').textContent()).toBe('uploaded through the dev host API');
  expect(await uploaded.locator('.sim-changes').count()).toBe(0);
  await editor.locator('#sim-version[data-version="3"][data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-version-doc p').allTextContents()).toEqual(['Uploaded by Bob']);
  expect(await editor.locator('#sim-version-doc mark').count()).toBe(0);
  expect(await editor.locator('#sim-version-points').isHidden()).toBe(true);

  // Version 2 (alice's edit): its change list is offered point by point; alice restores the point after her change.
  await editor.locator(`li[data-version="${edited.version}"] button[data-action="view"]`).click();
  await editor.locator(`#sim-version[data-version="${edited.version}"][data-state="ready"]`).waitFor();
  const points = editor.locator('#sim-version-points li');
  expect(await points.locator('.sim-point').allTextContents()).toEqual(['After change 1 by Alice Able']);
  await screenshot(alice.page, 'history-change-points');
  await points.first().locator('button[data-action="restore-point"]').click();
  await editor.locator('#sim-history-list li[data-version="4"]').waitFor();
  expect(await editor.locator('li[data-version="4"] .sim-comment').textContent()).toBe(`Restored from version ${edited.version}`);
  expect(await editor.locator('#sim-message').textContent()).toBe(`Version ${edited.version} was restored as version 4.`);

  const restored = await devhost.byName('Report.docx');
  expect(restored.version).toBe(4);
  expect(restored.lastModifier).toBe('alice');
  expect(restored.comment).toBe(`Restored from version ${edited.version}`);
  // The file the Docs server assembled for that point: the original text plus alice's line, not bob's upload.
  expect(await readDocxParagraphs(await devhost.content(original.id, 4))).toEqual([...(originalText ?? []), 'Alice kept line']);
  await alice.context.close();
});
