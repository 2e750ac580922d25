import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, nodeUrl, screenshot, sessionAs } from './support/browser';
import { devhost, eventually } from './support/devhostApi';
import { environment } from './support/environment';

// File > Rename (issue #13): the simulator's Rename fires onRequestRename with the name without extension; the app
// renames the attachment and sends the Docs server's meta command, after which every editor fires onMetaChange.
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

async function openEditor(page: Page, attachmentId: number): Promise<FrameLocator> {
  await page.goto(editorUrl(attachmentId));
  const editor = page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  return editor;
}

async function rename(editor: FrameLocator, title: string) {
  await editor.locator('#sim-rename-title').fill(title);
  await editor.locator('#sim-rename').click();
}

const post = (p: Page, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' }) =>
  p.evaluate(async ({ body, headers }) => {
    const response = await fetch('/confluence/plugins/servlet/onlyoffice/rename', { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) });
    return { status: response.status, json: await response.json() };
  }, { body, headers });

test('alice renames the file she edits: the attachment keeps its extension, and every editor shows the new title', async () => {
  const report = await devhost.byName('Report.docx');
  await devhost.upload(1001, 'Minutes.docx', await devhost.content(report.id, report.version));
  const alice = await sessionAs(browser, 'alice');
  const bob = await sessionAs(browser, 'bob');
  const aliceEditor = await openEditor(alice.page, report.id);
  const bobEditor = await openEditor(bob.page, report.id);

  await rename(aliceEditor, 'Quarterly report 2026');
  // Both editors get the title through onMetaChange; the host pages follow in their tab titles.
  for (const [page, editor] of [[alice.page, aliceEditor], [bob.page, bobEditor]] as const) {
    await editor.locator('#sim-title', { hasText: 'Quarterly report 2026.docx' }).waitFor();
    await eventually(async () => ((await page.title()).startsWith('Quarterly report 2026.docx') ? true : undefined), 10000, 'tab title');
  }
  const renamed = (await devhost.attachments()).find((a) => a.id === report.id)!;
  expect(renamed).toMatchObject({ fileName: 'Quarterly report 2026.docx', pageId: 1001, version: report.version });
  await screenshot(alice.page, 'rename-done');

  // Another file of the page has that name: refused with a message, nothing renamed.
  await rename(aliceEditor, 'minutes');
  const notice = alice.page.locator('#docsbridge-notice');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('Another file on this page already has that name, so this file keeps its name.');
  await screenshot(alice.page, 'rename-refused-taken');
  // A name Confluence cannot hold, or with characters no file name may carry.
  expect(await post(alice.page, { attachmentId: report.id, title: 'x'.repeat(201) })).toEqual({ status: 400, json: expect.objectContaining({ error: 'invalidName', problem: 'TOO_LONG' }) });
  expect(await post(alice.page, { attachmentId: report.id, title: 'a/b' })).toEqual({ status: 400, json: expect.objectContaining({ error: 'invalidName', problem: 'FORBIDDEN_CHARACTER' }) });
  expect(await post(alice.page, { attachmentId: report.id, title: 'Forged' }, { 'Content-Type': 'text/plain' })).toEqual({ status: 403, json: expect.objectContaining({ error: 'xsrf' }) });
  expect((await devhost.attachments()).find((a) => a.id === report.id)!.fileName).toBe('Quarterly report 2026.docx');
  await alice.context.close();
  await bob.context.close();
});

test('carol, who may only view, has no Rename, and a rename request of hers is refused', async () => {
  const report = await devhost.byName('Report.docx');
  const carol = await sessionAs(browser, 'carol');
  const editor = await openEditor(carol.page, report.id);
  expect(await editor.locator('#sim-rename').isHidden()).toBe(true);
  const refused = await post(carol.page, { attachmentId: report.id, title: 'Carol was here' });
  expect(refused).toEqual({ status: 403, json: { error: 'forbidden', message: expect.stringContaining('You may view this file but not edit it') } });
  expect((await devhost.attachments()).find((a) => a.id === report.id)!.fileName).toBe('Report.docx');
  await carol.context.close();
});
