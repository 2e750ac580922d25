import { axeViolations } from './support/axe';
import { screenshot, sessionAs } from './support/browser';
import { devhost, eventually } from './support/devhostApi';
import { editorUrl, useEditorSpec } from './support/editorSpec';

// File > Create New (issue #13, editorConfig.createUrl): the editor opens createUrl in a new tab; the page asks, and
// the click creates a blank file of the same kind on the same page through the create endpoint.
const browser = useEditorSpec();

test('alice creates a blank spreadsheet from a spreadsheet: asked first, created on the same page, opened; carol is offered nothing', async () => {
  const budget = await devhost.byName('Budget.xlsx');
  const { context, page } = await sessionAs(browser(), 'alice');
  await page.goto(editorUrl(budget.id));
  const editor = page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  const [tab] = await Promise.all([context.waitForEvent('page'), editor.locator('#sim-create-new').click()]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).searchParams.get('createNew')).toBe('1');
  // Opening the link created nothing: the page asks.
  const status = tab.locator('#docsbridge-status');
  await status.getByText('Create a new file on this page').waitFor();
  expect(await status.textContent()).toContain('called New spreadsheet');
  expect((await devhost.attachments()).some((a) => a.fileName.startsWith('New spreadsheet'))).toBe(false);
  expect(await axeViolations(tab, '#docsbridge-status')).toEqual([]);
  await screenshot(tab, 'create-new-asked');
  await tab.getByRole('link', { name: 'Create it' }).click();
  await tab.waitForURL((url) => !url.searchParams.has('createNew'));
  await tab.frameLocator('iframe').locator('body[data-state="ready"]').waitFor();
  const created = await eventually(async () => (await devhost.attachments()).find((a) => a.fileName === 'New spreadsheet.xlsx'), 10000, 'the new file');
  expect(created).toMatchObject({ pageId: budget.pageId, lastModifier: 'alice' });
  expect(new URL(tab.url()).searchParams.get('attachmentId')).toBe(String(created.id));
  await context.close();

  // carol may not add files: no Create new, and a createNew link opens her viewer without asking or creating.
  const carol = await sessionAs(browser(), 'carol');
  await carol.page.goto(editorUrl(budget.id, '&createNew=1'));
  const viewer = carol.page.frameLocator('iframe');
  await viewer.locator('body[data-state="ready"]').waitFor();
  expect(await viewer.locator('#sim-create-new').isHidden()).toBe(true);
  const refused = await carol.page.evaluate(async (pageId) => {
    const response = await fetch('/confluence/plugins/servlet/onlyoffice/create', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
      body: JSON.stringify({ pageId, type: 'xlsx', fileName: 'Carol sheet' }),
    });
    return response.status;
  }, budget.pageId);
  expect(refused).toBe(403);
  expect((await devhost.attachments()).filter((a) => a.fileName.startsWith('New spreadsheet')).length).toBe(1);
  await carol.context.close();
});
