import type { Browser, Page } from 'playwright-core';
import { sessionAs } from './browser';
import { devhost, eventually, type AttachmentInfo } from './devhostApi';
import { environment } from './environment';

// Editing sessions and the editor's Version History, as the history specs drive them through the simulator.

export function editorUrl(attachmentId: number): string {
  return `${environment().devhostUrl}/plugins/servlet/onlyoffice/doceditor?attachmentId=${attachmentId}`;
}

export async function newerVersion(fileName: string, than: number): Promise<AttachmentInfo> {
  return eventually(async () => {
    const current = await devhost.byName(fileName);
    return current.version > than ? current : undefined;
  }, 20000, `a new version of ${fileName}`);
}

/** Opens the editor as `user`, types `text`, closes, and waits for the saved version. */
export async function editOnce(browser: Browser, user: string, attachment: AttachmentInfo, text: string): Promise<AttachmentInfo> {
  const before = await devhost.byName(attachment.fileName);
  const { context, page } = await sessionAs(browser, user);
  await page.goto(editorUrl(attachment.id));
  const editor = page.frameLocator('iframe');
  await editor.locator('#sim-text').fill(text);
  await eventually(async () => ((await page.title()).startsWith('\u25cf') ? undefined : true), 5000, 'changes delivered');
  await editor.locator('#sim-close').click();
  const saved = await newerVersion(attachment.fileName, before.version);
  await context.close();
  return saved;
}

export async function openHistory(page: Page): Promise<void> {
  const editor = page.frameLocator('iframe');
  await editor.locator('#sim-text').waitFor();
  await editor.locator('#sim-history').click();
  await editor.locator('body[data-history="ready"]').waitFor();
}
