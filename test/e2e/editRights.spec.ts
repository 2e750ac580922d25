import { screenshot, sessionAs } from './support/browser';
import { devhost } from './support/devhostApi';
import { editorUrl, useEditorSpec } from './support/editorSpec';

// "Edit current file" in the viewer (issue #13, onRequestEditRights): offered only to someone who may edit, and the
// switch opens the editor again through the server's permission check.
const browser = useEditorSpec();

test('alice switches a view session to editing; carol, who may only view, is offered no switch and gets the viewer', async () => {
  const report = await devhost.byName('Report.docx');
  const alice = await sessionAs(browser(), 'alice');
  await alice.page.goto(editorUrl(report.id, '&mode=view&theme=light'));
  let editor = alice.page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-mode').textContent()).toBe('Viewing');
  const button = editor.locator('#sim-edit-rights');
  await button.waitFor();
  await screenshot(alice.page, 'edit-rights-offered');
  await button.click();
  await alice.page.waitForURL((url) => !url.searchParams.has('mode'));
  expect(new URL(alice.page.url()).searchParams.get('theme')).toBe('light');
  editor = alice.page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-mode').textContent()).toBe('Editing');
  expect(await editor.locator('#sim-edit-rights').isHidden()).toBe(true);
  await alice.context.close();

  const carol = await sessionAs(browser(), 'carol');
  await carol.page.goto(editorUrl(report.id, '&mode=view'));
  const viewer = carol.page.frameLocator('iframe');
  await viewer.locator('body[data-state="ready"]').waitFor();
  expect(await viewer.locator('#sim-edit-rights').isHidden()).toBe(true);
  // Asking for the editor directly still gives her the viewer: the server decides.
  await carol.page.goto(editorUrl(report.id));
  await carol.page.frameLocator('iframe').locator('body[data-state="ready"]').waitFor();
  expect(await carol.page.frameLocator('iframe').locator('#sim-mode').textContent()).toBe('Viewing');
  await carol.context.close();
});
