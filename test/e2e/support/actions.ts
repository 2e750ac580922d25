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
  // The menu script (loaded on demand) decides narrow or wide when it adds the rows' buttons: wait for it, or a page
  // just loaded is taken for wide and its hidden links are clicked.
  const several = await link.evaluate((a) => (a.parentElement?.querySelectorAll('a.docsbridge-open, a.docsbridge-dialog').length ?? 0) > 1);
  if (several) await link.locator('xpath=..').locator('button.docsbridge-more').first().waitFor({ state: 'attached' });
  if (!(await isNarrow(page))) {
    await link.click();
    return;
  }
  const href = (await link.getAttribute('href'))!;
  await link.locator('xpath=..').locator('button.docsbridge-more').click();
  await page.locator(`[role="menu"] a[role="menuitem"][href$="${href.replace(/&amp;/g, '&')}"]`).click();
}
