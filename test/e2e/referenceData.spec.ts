import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { screenshot, sessionAs } from './support/browser';
import { editorUrl, useEditorSpec } from './support/editorSpec';
import { devhost, eventually } from './support/devhostApi';
import { environment } from './support/environment';
import { restrictPages } from './support/pages';

// Linked data between spreadsheets (issue #13: onRequestReferenceData / onRequestReferenceSource / onRequestOpen). The
// simulator's spreadsheet editor copies cells with the sheet's document.referenceData, pastes them as a link, and
// fires the editor's events from its External links list; it checks the signed answer (setReferenceData /
// setReferenceSource) and downloads the source like the Docs server does.

interface ReferenceRecord {
  method: string;
  ok: boolean;
  error?: string;
  path?: string;
  referenceData?: Record<string, unknown>;
  files: Array<{ fileType: string; url: string; bytes: number }>;
  downloads: Array<{ url: string; httpStatus: number | null; withToken: boolean }>;
}

const browser = useEditorSpec();


async function records(): Promise<ReferenceRecord[]> {
  const response = await fetch(`${environment().docsUrl}/__sim/state`);
  return ((await response.json()) as { inserts: ReferenceRecord[] }).inserts.filter((r) => r.method.startsWith('setReference'));
}

async function openEditor(page: Page, attachmentId: number): Promise<FrameLocator> {
  await page.goto(editorUrl(attachmentId));
  const editor = page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  return editor;
}

/** A second spreadsheet on a page: Budget.xlsx's bytes under another name. */
async function spreadsheet(pageId: number, fileName: string): Promise<number> {
  const budget = await devhost.byName('Budget.xlsx');
  return (await devhost.upload(pageId, fileName, await devhost.content(budget.id, budget.version))).id;
}

/** Copies cells in the source's editor (another tab of the same browser()) and pastes them as a link in the target. */
async function pasteLinkFrom(context: BrowserContext, sourceId: number, target: FrameLocator): Promise<void> {
  const sourcePage = await context.newPage();
  const source = await openEditor(sourcePage, sourceId);
  await source.locator('#sim-copy-cells').click();
  await sourcePage.close();
  await target.locator('#sim-paste-link').click();
  await target.locator('#sim-links-list li[data-link="1"]').waitFor();
}

const link = (editor: FrameLocator) => editor.locator('#sim-links-list li[data-link="1"]');

test('alice pastes a link to Budget.xlsx and updates its values: signed link to the latest version, downloaded with the Docs token', async () => {
  const budget = await devhost.byName('Budget.xlsx');
  const targetId = await spreadsheet(1001, 'Targets.xlsx');
  const { context, page } = await sessionAs(browser(), 'alice');
  const editor = await openEditor(page, targetId);
  await pasteLinkFrom(context, budget.id, editor);
  expect(await link(editor).locator('code').textContent()).toBe("='[Budget.xlsx]Sheet1'!A1");

  // A new version of the source meanwhile: Update values takes the latest.
  await devhost.upload(1001, 'Budget.xlsx', await devhost.content(budget.id, budget.version), 'bob');
  const latest = await devhost.byName('Budget.xlsx');
  expect(latest.version).toBe(budget.version + 1);
  await link(editor).locator('[data-action="update"]').click();
  await editor.locator('#sim-links-list li[data-link="1"][data-state="updated"]').waitFor();
  expect(await link(editor).locator('.sim-link-note').textContent()).toBe(`Values updated from Budget.xlsx (xlsx, ${latest.size} bytes)`);
  await screenshot(page, 'reference-values-updated');

  const [record] = await records();
  expect(record).toMatchObject({ method: 'setReferenceData', ok: true, path: 'Budget.xlsx', referenceData: { fileKey: String(budget.id) } });
  expect(record.referenceData!.instanceId).toEqual(expect.any(String));
  expect(record.downloads.every((d) => d.withToken && d.httpStatus === 200)).toBe(true);
  // The link names the latest version (the app's own signed, expiring file token).
  const linkToken = new URL(record.files[0].url).searchParams.get('token')!;
  const claims = JSON.parse(Buffer.from(linkToken.split('.')[1], 'base64url').toString('utf8')) as { att: number; ver: number; exp: number };
  expect(claims).toMatchObject({ att: budget.id, ver: latest.version });
  expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
  await context.close();
});

test('a typed formula (path only) is found on the page; Open source opens the source in a new tab; Change source uses the picker', async () => {
  const budget = await devhost.byName('Budget.xlsx');
  const targetId = await spreadsheet(1001, 'Targets.xlsx');
  const costsId = await spreadsheet(1001, 'Costs.xlsx');
  await devhost.upload(1001, 'Notes.docx', await devhost.content((await devhost.byName('Report.docx')).id, 1));
  const { context, page } = await sessionAs(browser(), 'alice');
  const editor = await openEditor(page, targetId);
  await editor.locator('#sim-link-formula').fill("='[Budget.xlsx]Sheet1'!B2");
  await editor.locator('#sim-link-formula-add').click();
  await link(editor).locator('[data-action="update"]').click();
  await editor.locator('#sim-links-list li[data-link="1"][data-state="updated"]').waitFor();
  expect((await records())[0]).toMatchObject({ ok: true, path: 'Budget.xlsx', referenceData: { fileKey: String(budget.id) } });

  // Open source: a new tab with the source's editor.
  const opened = context.waitForEvent('page');
  await link(editor).locator('[data-action="open-source"]').click();
  const tab = await opened;
  await tab.waitForURL(/doceditor\?attachmentId=/);
  expect(new URL(tab.url()).searchParams.get('attachmentId')).toBe(String(budget.id));
  await tab.frameLocator('iframe').locator('#sim-title', { hasText: 'Budget.xlsx' }).waitFor();
  await tab.close();

  // Change source: our picker, spreadsheets only.
  await link(editor).locator('[data-action="change-source"]').click();
  const dialog = page.getByTestId('docsbridge-picker');
  await dialog.waitFor();
  await eventually(async () => ((await page.getByTestId('docsbridge-picker-status').textContent()) !== 'Loading files…' ? true : undefined), 10000, 'files listed');
  expect(await dialog.getByRole('heading').first().textContent()).toBe('Choose the source spreadsheet for linked data');
  const names = await page.locator('[data-testid="docsbridge-picker-files"] label > span > span:first-child').allTextContents();
  expect(names).toEqual(['Budget.xlsx', 'Costs.xlsx', 'Data.csv', 'Targets.xlsx']); // no Notes.docx or Report.docx
  expect(await axeViolations(page, '[data-testid="docsbridge-picker"]')).toEqual([]);
  await screenshot(page, 'reference-change-source-picker');
  await page.getByLabel('Costs.xlsx').check();
  await page.getByTestId('docsbridge-picker-choose').click();
  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => ((await link(editor).locator('.sim-link-note').textContent())?.startsWith('Source changed') ? true : undefined), 10000, 'source changed');
  expect(await link(editor).locator('code').textContent()).toBe("='[Costs.xlsx]Sheet1'!A1");
  const changed = (await records()).find((r) => r.method === 'setReferenceSource')!;
  expect(changed).toMatchObject({ ok: true, path: 'Costs.xlsx', referenceData: { fileKey: String(costsId) } });
  await context.close();
});

test('refusals: a source alice may no longer view is refused in the editor and opens nothing; a foreign instance, a forged request and carol change nothing', async () => {
  const targetId = await spreadsheet(1001, 'Targets.xlsx');
  const secretId = await spreadsheet(1002, 'Salaries.xlsx');
  const { context, page } = await sessionAs(browser(), 'alice');
  const editor = await openEditor(page, targetId);
  await pasteLinkFrom(context, secretId, editor);
  // The source's page is restricted to administrators after the link was made.
  await restrictPages([1002]);
  await link(editor).locator('[data-action="update"]').click();
  const error = editor.locator('#sim-links-error');
  await error.waitFor();
  expect(await error.textContent()).toBe(
    'The linked file cannot be found, or you may not view it. Ask its owner for access, or choose another file with Change source.',
  );
  expect(await link(editor).getAttribute('data-state')).toBe('error');
  await screenshot(page, 'reference-refused');
  expect(await records()).toEqual([]);

  // Open source: the tab opened for it closes again and the editor says why.
  const pagesBefore = context.pages().length;
  await link(editor).locator('[data-action="open-source"]').click();
  const message = editor.locator('#sim-message');
  await message.waitFor();
  expect(await message.textContent()).toContain('The linked file cannot be found, or you may not view it.');
  await eventually(async () => (context.pages().length === pagesBefore ? true : undefined), 10000, 'the source tab closed');

  const post = (p: Page, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' }) =>
    p.evaluate(async ({ body, headers }) => {
      const response = await fetch('/confluence/plugins/servlet/onlyoffice/reference', { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    }, { body, headers });
  const budget = await devhost.byName('Budget.xlsx');
  const foreign = await post(page, { editorAttachmentId: targetId, action: 'data', referenceData: { fileKey: String(budget.id), instanceId: 'another-confluence' }, path: 'Budget.xlsx' });
  expect(foreign).toEqual({ status: 409, json: { error: 'foreign', message: expect.stringContaining('in another system') } });
  const forged = await post(page, { editorAttachmentId: targetId, action: 'data', path: 'Budget.xlsx' }, { 'Content-Type': 'text/plain' });
  expect(forged).toEqual({ status: 403, json: expect.objectContaining({ error: 'xsrf' }) });
  const notSheet = await post(page, { editorAttachmentId: targetId, action: 'data', path: 'Report.docx' });
  expect(notSheet).toEqual({ status: 415, json: expect.objectContaining({ error: 'unsupported' }) });
  const bad = await post(page, { editorAttachmentId: targetId, action: 'data', referenceData: 'nope' });
  expect(bad.status).toBe(400);
  const ok = await post(page, { editorAttachmentId: targetId, action: 'data', path: 'Budget.xlsx' });
  expect(ok.status).toBe(200);
  expect(ok.json.command).toMatchObject({ fileType: 'xlsx', path: 'Budget.xlsx', token: expect.any(String) });
  await context.close();

  // carol may only view: her viewer offers Open source, but neither Update values nor Change source.
  const carol = await sessionAs(browser(), 'carol');
  const viewer = await openEditor(carol.page, targetId);
  expect(await viewer.locator('#sim-mode').textContent()).toBe('Viewing');
  const flags = await carol.page.frames().find((f) => f !== carol.page.mainFrame())!.evaluate(() => {
    const c = (window as unknown as { docsim: { session(): { config: { editorConfig: Record<string, unknown> } } } }).docsim.session().config.editorConfig;
    return { data: c.canRequestReferenceData, source: c.canRequestReferenceSource, open: c.canRequestOpen };
  });
  expect(flags).toEqual({ data: false, source: false, open: true });
  await carol.context.close();
});
