import type { Page } from 'playwright-core';

/**
 * The app's action links of one attachment: Confluence renders a web-item's link URL but not its linkId, so the
 * actions carry classes and are told apart by the attachmentId in their link.
 */
export function actionSelector(id: number, classes = ['docsbridge-open', 'docsbridge-dialog']): string {
  return classes.flatMap((c) => [`a.${c}[href$="attachmentId=${id}"]`, `a.${c}[href*="attachmentId=${id}&"]`]).join(', ');
}

/**
 * Whether the rows' actions are in a "More actions" menu (frontend/activity/rowMenu.ts): a narrow viewport, or the
 * class the menu script sets for a phone or a narrow attachment table.
 */
export function isNarrow(page: Page): Promise<boolean> {
  return page.evaluate(() => matchMedia('(max-width:640px)').matches || document.documentElement.classList.contains('docsbridge-narrow'));
}

/**
 * Chooses an attachment action as a person would: its link on a wide screen; on a narrow one, the row's
 * "More actions" button, then the menu item.
 */
export async function chooseAction(page: Page, selector: string): Promise<void> {
  const link = page.locator(selector).first();
  await link.waitFor({ state: 'attached' });
  // A row with several actions gets its "More actions" button (hidden on wide screens) from the activity bundle,
  // which also decides narrow or wide: wait for it, or a page still loading would be taken for a wide one.
  const grouped = await link.evaluate((a) => {
    const id = new URL((a as HTMLAnchorElement).href).searchParams.get('attachmentId');
    return [...a.parentElement!.querySelectorAll<HTMLAnchorElement>('a.docsbridge-open,a.docsbridge-dialog')]
      .filter((l) => new URL(l.href).searchParams.get('attachmentId') === id).length > 1;
  });
  if (grouped) await link.locator('xpath=..').locator('button.docsbridge-more').waitFor({ state: 'attached' });
  if (!(await isNarrow(page))) {
    await link.click();
    return;
  }
  const href = (await link.getAttribute('href'))!;
  await link.locator('xpath=..').locator('button.docsbridge-more').click();
  await page.locator(`[role="menu"] a[role="menuitem"][href$="${href.replace(/&amp;/g, '&')}"]`).click();
}
