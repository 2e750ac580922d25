import { screenshot, sessionAs } from './support/browser';
import { devhost } from './support/devhostApi';
import { editorUrl, useEditorSpec } from './support/editorSpec';
import { restrictPages } from './support/pages';

// Links to a bookmark (issue #13, onMakeActionLink → setActionLink, editorConfig.actionLink): the link opens the editor
// at the bookmark, through the same permission checks as any editor link.
const browser = useEditorSpec();

test('a link to a bookmark opens the editor there; a malformed link opens it at the start; no link gets past permissions', async () => {
  const report = await devhost.byName('Report.docx');
  const alice = await sessionAs(browser(), 'alice');
  await alice.page.goto(editorUrl(report.id));
  const editor = alice.page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  expect(await editor.locator('#sim-action-target').isHidden()).toBe(true);
  await editor.locator('#sim-make-link').click();
  const shown = editor.locator('#sim-action-link');
  await shown.waitFor();
  const link = new URL((await shown.textContent())!);
  expect(link.pathname).toBe('/confluence/plugins/servlet/onlyoffice/doceditor');
  expect(link.searchParams.get('attachmentId')).toBe(String(report.id));
  expect(JSON.parse(link.searchParams.get('actionLink')!)).toEqual({ action: { type: 'bookmark', data: 'Intro' } });
  await screenshot(alice.page, 'action-link-made');

  // bob opens the link: the signed config carries the action, and the editor opens at the bookmark.
  const bob = await sessionAs(browser(), 'bob');
  await bob.page.goto(link.toString());
  const atBookmark = bob.page.frameLocator('iframe');
  await atBookmark.locator('body[data-state="ready"]').waitFor();
  expect(await atBookmark.locator('#sim-action-target').textContent()).toBe('Opened at bookmark Intro');
  await screenshot(bob.page, 'action-link-opened');

  // A malformed or oversized value is no link: the editor opens at the start.
  for (const bad of ['not json', JSON.stringify({ action: 'x' }), JSON.stringify({ action: { type: 'bookmark', data: 'x'.repeat(3000) } })]) {
    await bob.page.goto(editorUrl(report.id, `&actionLink=${encodeURIComponent(bad)}`));
    const plain = bob.page.frameLocator('iframe');
    await plain.locator('body[data-state="ready"]').waitFor();
    expect(await plain.locator('#sim-action-target').isHidden()).toBe(true);
  }
  await alice.context.close();
  await bob.context.close();

  // carol may not see the page: the link shows her nothing of the file.
  await restrictPages([1001]);
  const carol = await sessionAs(browser(), 'carol');
  const response = await carol.page.goto(link.toString());
  expect(response?.status()).toBe(404);
  expect(await carol.page.locator('iframe').count()).toBe(0);
  await carol.context.close();
});
