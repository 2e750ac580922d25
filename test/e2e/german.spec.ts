import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { actionSelector, chooseAction } from './support/actions';
import { launchBrowser, screenshot } from './support/browser';
import { devhost } from './support/devhostApi';
import { environment } from './support/environment';
import { previewMacro, setPageBody, viewPageUrl } from './support/pages';

// Every screen in German, screenshotted (target/screenshots/de-*.png) at desktop and phone width: the page must
// show no English text of the app and no text that overflows or is cut off.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await devhost.reset(); // also sets every user back to English
});

// Each test walks several screens (four dialogs, a conversion, a connection test): more than the default minute on
// a loaded 2-core machine.
const SCREENS_TIMEOUT_MS = 180_000;
const WIDTHS = [{ name: 'wide', width: 1280, height: 800 }, { name: 'narrow', width: 390, height: 844 }];

function texts(file: string): Map<string, string> {
  const raw = fs.readFileSync(path.resolve(__dirname, '../../src/main/resources/i18n', file), 'utf8');
  const map = new Map<string, string>();
  for (const line of raw.split(/\r?\n/)) {
    const m = /^([^#!=\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    if (m) map.set(m[1], m[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/''/g, "'"));
  }
  return map;
}

const english = texts('docsbridge.properties');
const german = texts('docsbridge_de.properties');
/** Pieces of English UI text (between placeholders) that German never contains: seeing one means untranslated. */
const englishPieces = [...english.entries()].flatMap(([key, text]) =>
  text.split(/\{\d+\}/).map((p) => p.trim()).filter((p) => p.length >= 12 && p.includes(' ') && !(german.get(key) ?? '').includes(p)));

async function germanSession(user: string, width = WIDTHS[0]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: width.width, height: width.height }, locale: 'de-DE' });
  const page = await context.newPage();
  const response = await page.goto(`${environment().devhostUrl}/devhost/login?user=${user}&locale=de-DE`);
  if (!response || response.status() >= 400) throw new Error(`sign-in as ${user} failed`);
  return { context, page };
}

/** English defaults of Atlaskit components that must be replaced by our texts. */
const LIBRARY_ENGLISH = ['opens new window', 'Close Modal'];

async function englishLeftovers(page: Page): Promise<string[]> {
  // What users read and what screen readers announce (labels, titles, placeholders).
  const shown = await page.evaluate(() => [document.body.innerText,
    ...Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')).flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''))].join('\n'));
  return [...englishPieces, ...LIBRARY_ENGLISH].filter((piece) => shown.includes(piece));
}

/**
 * Elements under `root` whose text is cut off or (with `viewport`) leaves the viewport. Visually hidden text for
 * screen readers (1px boxes, clip) does not count.
 */
async function overflowing(page: Page, root: string, viewport = true): Promise<string[]> {
  return page.evaluate(({ selector, viewport }) => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(`${selector}, ${selector} *`))) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      if (style.clip.startsWith('rect(0') || style.clipPath.startsWith('inset(50%')) continue;
      const ownText = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (!ownText) continue;
      const label = `${el.tagName.toLowerCase()} "${ownText.slice(0, 40)}"`;
      if (viewport && (box.right > width + 1 || box.left < -1)) found.push(`${label} leaves the viewport (${Math.round(box.left)}–${Math.round(box.right)} of ${width})`);
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') found.push(`${label} is cut off (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return found;
  }, { selector: root, viewport });
}

/** `viewport` false: the page around our texts is the dev host's (its table scrolls sideways on phones). */
async function check(page: Page, name: string, root = 'body', viewport = true): Promise<void> {
  await screenshot(page, `de-${name}`);
  expect({ name, english: await englishLeftovers(page) }).toEqual({ name, english: [] });
  expect({ name, overflow: await overflowing(page, root, viewport) }).toEqual({ name, overflow: [] });
}

const attachmentsUrl = () => `${environment().devhostUrl}/pages/viewpageattachments.action?pageId=1001`;

describe.each(WIDTHS)('German, $name', (width) => {
  test('attachments page, New document, Convert and Download as dialogs', async () => {
    const { context, page } = await germanSession('alice', width);
    await page.goto(attachmentsUrl());
    expect(await page.locator('html').getAttribute('lang')).toBe('de-DE');
    const docx = (await devhost.byName('Report.docx')).id;
    expect(await page.locator(actionSelector(docx)).allTextContents()).toContain('In ONLYOFFICE bearbeiten');
    await check(page, `${width.name}-attachments`, 'a.docsbridge-open, a.docsbridge-dialog', false);

    await page.getByText('Neues Dokument').first().click();
    const create = page.getByTestId('docsbridge-create-dialog');
    await create.waitFor();
    await page.locator('#docsbridge-create-name').fill('');
    await page.getByTestId('docsbridge-create-submit').click();
    await check(page, `${width.name}-create-dialog`, '[data-testid="docsbridge-create-dialog"]');
    await page.keyboard.press('Escape');
    await create.waitFor({ state: 'detached' });

    const odt = (await devhost.byName('Letter.odt')).id;
    await chooseAction(page, actionSelector(odt, ['docsbridge-convert']));
    await page.getByTestId('docsbridge-convert-done').waitFor({ timeout: 20000 });
    await check(page, `${width.name}-convert-done`, '[data-testid="docsbridge-convert-dialog"]');
    await page.keyboard.press('Escape'); // closing refreshes the attachment list: go on in a fresh tab

    const list = await context.newPage();
    await list.goto(attachmentsUrl());
    await chooseAction(list, actionSelector(docx, ['docsbridge-download-as']));
    await list.getByTestId('docsbridge-download-as-dialog').waitFor();
    await list.locator('#docsbridge-download-as-format').waitFor();
    await check(list, `${width.name}-download-as`, '[data-testid="docsbridge-download-as-dialog"]');
    await context.close();
  }, SCREENS_TIMEOUT_MS);

  test('Configure page, connection test and a failing save', async () => {
    const { context, page } = await germanSession('admin', width);
    await page.goto(`${environment().devhostUrl}/plugins/servlet/onlyoffice/configure`);
    await page.getByRole('button', { name: 'Verbindung testen' }).waitFor({ timeout: 20000 });
    await check(page, `${width.name}-configure`, '#docsbridge-admin-root');
    await page.getByRole('button', { name: 'Verbindung testen' }).click();
    await page.getByText('Alle Prüfungen bestanden', { exact: false }).first().waitFor({ timeout: 30000 });
    await check(page, `${width.name}-configure-tested`, '#docsbridge-admin-root');
    await context.close();
  }, SCREENS_TIMEOUT_MS);

  test('editor page and message pages', async () => {
    const { context, page } = await germanSession('alice', width);
    const docx = (await devhost.byName('Report.docx')).id;
    await page.goto(`${environment().devhostUrl}/plugins/servlet/onlyoffice/doceditor?attachmentId=${docx}`);
    // The Docs editor's own frame (api.js names it frameEditor): the page may hold other frames too.
    await page.frameLocator('iframe[name="frameEditor"]').locator('#sim-mode').getByText('Editing')
      .waitFor({ timeout: 60000 });
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^de/);
    await check(page, `${width.name}-editor`);

    const missing = await page.goto(`${environment().devhostUrl}/plugins/servlet/onlyoffice/doceditor?attachmentId=987654`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('body').innerText()).toContain(german.get('docsbridge.editor.error.notFound'));
    await check(page, `${width.name}-not-found`);

    const forbidden = await page.goto(`${environment().devhostUrl}/plugins/servlet/onlyoffice/configure`);
    expect(forbidden?.status()).toBe(403);
    expect(await page.locator('body').innerText()).toContain(german.get('docsbridge.admin.forbidden.message'));
    await check(page, `${width.name}-forbidden`);
    await context.close();
  }, SCREENS_TIMEOUT_MS);
});

test.each(WIDTHS)('preview macro states in German, $name', async (width) => {
  await setPageBody(1001, [
    previewMacro({ name: 'Report.docx', edit: true, height: '300' }),
    previewMacro({ name: 'Gone.docx' }),
    previewMacro({ name: 'Report.docx', page: { title: 'Deleted page' } }),
    previewMacro({}),
    previewMacro({ name: 'Budget.xlsx' }),
  ].join(''));
  const { context, page } = await germanSession('alice', width);
  await page.goto(viewPageUrl(1001));
  await page.locator('.docsbridge-preview__edit').waitFor({ timeout: 30000 });
  expect(await page.locator('.docsbridge-preview__edit').textContent()).toBe(german.get('docsbridge.action.edit'));
  await check(page, `${width.name}-macro`, '#main-content');
  await context.close();
}, SCREENS_TIMEOUT_MS);

test('the editor gets the user\'s language and region', async () => {
  const { context, page } = await germanSession('alice');
  const docx = (await devhost.byName('Report.docx')).id;
  await page.goto(`${environment().devhostUrl}/plugins/servlet/onlyoffice/doceditor?attachmentId=${docx}`);
  const data = JSON.parse((await page.locator('#docsbridge-editor-data').textContent()) ?? '{}');
  expect(data.config.editorConfig.lang).toBe('de');
  expect(data.config.editorConfig.region).toBe('de-DE');
  await context.close();
});
