import type { Page } from 'playwright-core';
import { actionSelector } from './actions';

// The attachment list's "who is editing" hint (frontend/activity/editors.ts), as a person sees it after a reload.

/**
 * Reloads the list and answers the names its "who is editing" hint shows for one attachment, once the page has
 * asked the server and drawn the answer (a count right after the reload would see no hint before it was drawn).
 */
export async function editorsShown(page: Page, attachmentId: number): Promise<string[]> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/onlyoffice/activity?attachmentIds=')),
    page.reload(),
  ]);
  const body = (await response.json()) as { attachments: Array<{ id: number; editors: Array<{ name: string }> }> };
  const names = body.attachments.find((a) => a.id === attachmentId)?.editors.map((e) => e.name) ?? [];
  const hint = page.locator(`tr:has(${actionSelector(attachmentId, ['docsbridge-open'])}) .docsbridge-editing`);
  if (!names.length) {
    await hint.waitFor({ state: 'detached' });
    return [];
  }
  await page.waitForFunction(
    ({ selector, expected }) => expected.every((n) => document.querySelector(selector)?.textContent?.includes(n)),
    { selector: `tr:has(a.docsbridge-open[href$="attachmentId=${attachmentId}"]) .docsbridge-editing`, expected: names },
  );
  return names;
}
