import http from 'http';
import type { AddressInfo } from 'net';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import fs from 'fs';
import path from 'path';
import { launchBrowser, screenshot, IPHONE_USER_AGENT } from './support/browser';
import { actionSelector } from './support/actions';
import { devhost } from './support/devhostApi';
import { environment } from './support/environment';

// Issue #11 part A, walked through as an administrator, an editor and a viewer, at desktop width, at 390 px on a
// phone and in the dark theme: the message pages the other specs do not reach (actions opened in a new tab in every
// look, an ended session, an expired or someone else's download link), the connection test against addresses that
// are not a Docs server, the format check boxes, and the narrow "More actions" menu on a phone whose page has no
// viewport meta tag. Every state is saved under target/screenshots for a person to look at.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await devhost.reset();
});

const base = () => environment().devhostUrl;
const attachmentsUrl = (pageId = 1001) => `${base()}/pages/viewpageattachments.action?pageId=${pageId}`;
const configureUrl = () => `${base()}/plugins/servlet/onlyoffice/configure`;

type Look = 'light' | 'dark' | 'phone';
const LOOKS: Look[] = ['light', 'dark', 'phone'];

function contextOptions(look: Look): BrowserContextOptions {
  if (look === 'dark') return { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' };
  if (look === 'phone') return { viewport: { width: 390, height: 844 }, userAgent: IPHONE_USER_AGENT, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
  return { viewport: { width: 1280, height: 800 }, colorScheme: 'light' };
}

async function session(user: string | null, look: Look): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(contextOptions(look));
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  if (user) await page.goto(`${base()}/devhost/login?user=${user}`);
  return { context, page };
}

/** A message page as people must find it: a real title, what happened, a way back, the look asked for, no axe violation. */
async function expectMessagePage(page: Page, heading: string, name: string, look: Look): Promise<void> {
  await expect(page.title()).resolves.toBe(`${heading} - ONLYOFFICE Docs`);
  expect(await page.locator('h1').textContent()).toBe(heading);
  expect(await page.locator('main p').first().textContent()).toMatch(/\w+/);
  expect(await page.locator('main a').count()).toBeGreaterThan(0);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/methodNotAllowed|\{"error"|HTTP \d{3}|Exception/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(look === 'dark' ? 'rgb(29, 33, 37)' : 'rgb(255, 255, 255)');
  // On the phone the page has a device-width viewport: it is laid out 390 px wide, with nothing wider.
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
  if (look === 'phone') expect(await page.evaluate(() => window.innerWidth)).toBe(390);
  await screenshot(page, `walkthrough-message-${name}-${look}`);
  expect(await axeViolations(page)).toEqual([]);
}

describe.each(LOOKS)('message pages (%s)', (look) => {
  test('actions opened in a new tab (middle click), as an editor: where they work and a way there', async () => {
    const { context, page } = await session('alice', look);
    const letter = await devhost.byName('Letter.odt');
    const urls = {
      convert: `${base()}/plugins/servlet/onlyoffice/convert?attachmentId=${letter.id}&target=docx`,
      downloadAs: `${base()}/plugins/servlet/onlyoffice/download-as?attachmentId=${letter.id}`,
      create: `${base()}/plugins/servlet/onlyoffice/create?pageId=1001`,
    };
    for (const [name, url] of Object.entries(urls)) {
      const response = await page.goto(url);
      expect(response!.status()).toBe(405);
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('expired');
      await expectMessagePage(page, 'Continue on the attachments page', `action-${name}`, look);
      expect(await page.getByRole('link', { name: 'Back to the attachments of the page' }).getAttribute('href'))
        .toBe('/confluence/pages/viewpageattachments.action?pageId=1001');
    }
    await context.close();
  });

  test('an expired (or damaged) download link says so and what to do, never "not found" or JSON', async () => {
    const { context, page } = await session('alice', look);
    const response = await page.goto(`${base()}/plugins/servlet/onlyoffice/download-as?token=eyJhbGciOiJIUzI1NiJ9.e30.expired`);
    expect(response!.status()).toBe(403);
    await expectMessagePage(page, 'This download link has expired', 'download-expired', look);
    expect(await page.locator('main p').first().textContent()).toContain('choose Download as… again');
    await page.getByRole('link', { name: 'Go to the Confluence dashboard' }).click();
    await page.waitForURL(`${base()}/`);
    await context.close();
  });

  test('a viewer opening the Configure page is told it is for administrators, with a way back', async () => {
    const { context, page } = await session('carol', look);
    const response = await page.goto(configureUrl());
    expect(response!.status()).toBe(403);
    await expectMessagePage(page, 'Not allowed', 'not-allowed-viewer', look);
    await context.close();
  });
});

/** A real Download as link for {@code user}: the dialog's result URL (POST, polled until done). */
async function downloadLink(page: Page, attachmentId: number): Promise<string> {
  return page.evaluate(async (id) => {
    const xsrf = { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' };
    for (let i = 0; i < 50; i++) {
      const answer = await fetch('/confluence/plugins/servlet/onlyoffice/download-as', {
        method: 'POST', headers: xsrf, body: JSON.stringify({ attachmentId: id, target: 'pdf', fileName: 'Report' }),
      });
      const json = await answer.json();
      if (json.done) return json.downloadUrl as string;
      if (json.error) throw new Error(JSON.stringify(json));
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('no download link');
  }, attachmentId);
}

test('a download link after the session ended asks to log in and comes back; someone else\'s link is refused in words', async () => {
  const report = await devhost.byName('Report.docx');
  const alice = await session('alice', 'light');
  const link = await downloadLink(alice.page, report.id);
  expect(link).toContain('/plugins/servlet/onlyoffice/download-as?token=');

  // Logged out meanwhile: Confluence's login page, which returns to the download afterwards.
  await alice.page.request.get(`${base()}/devhost/logout`);
  await alice.page.goto(`${base()}/pages/viewpageattachments.action?pageId=1001`).catch(() => undefined);
  const login = await alice.page.request.get(new URL(link, base()).toString(), { maxRedirects: 0 });
  expect(login.status()).toBe(302);
  expect(decodeURIComponent(login.headers().location)).toContain(`login.action?os_destination=/plugins/servlet/onlyoffice/download-as?token=`);
  await alice.context.close();

  // Bob gets the link (pasted into a chat): it is Alice's.
  const bob = await session('bob', 'dark');
  const response = await bob.page.goto(new URL(link, base()).toString());
  expect(response!.status()).toBe(403);
  const heading = (await bob.page.locator('h1').textContent())!;
  expect(heading).not.toMatch(/expired|not found/i);
  await expectMessagePage(bob.page, heading, 'download-other-user', 'dark');
  // Bob may see the file: the way back is its page, where he can choose Download as… himself.
  expect(await bob.page.getByRole('link', { name: 'Back to the attachments of the page' }).getAttribute('href'))
    .toBe('/confluence/pages/viewpageattachments.action?pageId=1001');
  await bob.context.close();
});

test('an action opened in a new tab after the session ended goes to the login page, then to the explanation', async () => {
  const letter = await devhost.byName('Letter.odt');
  const { context, page } = await session(null, 'light');
  await page.goto(`${base()}/plugins/servlet/onlyoffice/convert?attachmentId=${letter.id}&target=docx`);
  await page.waitForURL(/login\.action\?os_destination=/);
  expect(decodeURIComponent(page.url())).toContain(`/plugins/servlet/onlyoffice/convert?attachmentId=${letter.id}`);
  await screenshot(page, 'walkthrough-login-for-action');
  await context.close();
});

// ---- The connection test against addresses that are not a Docs server ----

/** Another web site: answers every path with an HTML page (HTTP 200), as a web server's start page or a portal does. */
async function htmlSite(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe.each(LOOKS)('the connection test (%s)', (look) => {
  test('an HTML page, a 404 and Confluence itself are each named "not a Docs server", at the address field too', async () => {
    const site = await htmlSite();
    const { context, page } = await session('admin', look);
    try {
      await page.goto(configureUrl());
      const address = page.getByLabel(/^ONLYOFFICE Docs address/);
      await address.waitFor();
      const results = page.getByTestId('connection-test-results');
      const cases: Array<[string, string, string]> = [
        ['html', site.url, 'HTTP 200, text/html'],
        ['404', `${base()}/no-docs-here`, 'HTTP 404'],
        ['confluence', base(), 'HTTP 404'],
      ];
      for (const [name, url, seen] of cases) {
        await address.fill(url);
        await page.getByRole('button', { name: 'Test connection' }).click();
        await results.getByText('does not answer like ONLYOFFICE Docs', { exact: false }).waitFor();
        const text = (await results.textContent())!;
        expect(text).toContain(seen);
        expect(text).not.toContain('problem with its own services');
        // At the field to fix as well: the field is marked and says why.
        await page.locator('#docsbridge-setting-docsUrl-error').getByText('Connection test:', { exact: false }).waitFor();
        expect(await address.getAttribute('aria-invalid')).toBe('true');
        expect(await address.getAttribute('aria-describedby')).toContain('docsbridge-setting-docsUrl-error');
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await screenshot(page, `walkthrough-configure-not-docs-${name}-${look}`);
        expect(await axeViolations(page)).toEqual([]);
      }
      // Changing the address takes the old verdict off the field (it was about the old address).
      await address.fill(environment().docsUrl);
      expect(await page.locator('#docsbridge-setting-docsUrl-error').count()).toBe(0);
      await page.getByRole('button', { name: 'Test connection' }).click();
      await results.getByText('All checks passed', { exact: false }).waitFor();
      await screenshot(page, `walkthrough-configure-tested-${look}`);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('the formats are named check boxes in groups, without the browser\'s fieldset frame', async () => {
    const { context, page } = await session('admin', look);
    await page.goto(configureUrl());
    const odt = page.getByRole('checkbox', { name: 'OpenDocument text (ODT)' });
    await odt.waitFor({ state: 'attached' });
    const group = page.getByRole('group', { name: 'Formats that may be edited in place' });
    expect(await group.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('none');
    for (const name of ['Text documents', 'Spreadsheets', 'Presentations']) {
      expect(await group.getByRole('group', { name }).count()).toBe(1);
    }
    // No bare lowercase extension as a name.
    const names = await group.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => /^[a-z0-9]+$/.test(n))).toEqual([]);
    await group.scrollIntoViewIfNeeded();
    await screenshot(page, `walkthrough-configure-formats-${look}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

// ---- The narrow "More actions" menu: a phone, whatever the page's viewport meta tag says ----

/**
 * What the phone's screen shows. Not a full-page screenshot: for that Chromium's mobile emulation resizes the screen
 * to the whole page, which is no longer a phone's (the menu then rightly gives way to the links).
 */
async function phoneScreenshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve(__dirname, '../../target/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

test('a phone shows the "More actions" menu even on a page laid out 980 px wide (no viewport meta tag)', async () => {
  const { context, page } = await session('alice', 'phone');
  await page.goto(attachmentsUrl());
  // The dev host's attachments page, like Confluence's, has no device-width viewport: the phone lays it out wide.
  expect(await page.evaluate(() => document.querySelector('meta[name="viewport"]'))).toBeNull();
  expect(await page.evaluate(() => window.innerWidth)).toBeGreaterThan(900);
  const report = await devhost.byName('Report.docx');
  const more = page.getByRole('button', { name: 'More actions for Report.docx' });
  await more.waitFor();
  expect(await page.locator(actionSelector(report.id)).evaluateAll((links) => links.every((l) => !(l as HTMLElement).offsetParent))).toBe(true);
  await phoneScreenshot(page, 'walkthrough-phone-no-viewport-menu-closed');
  await more.tap();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Edit in ONLYOFFICE', 'Download as…']);
  await phoneScreenshot(page, 'walkthrough-phone-no-viewport-menu-open');
  expect(await axeViolations(page, 'table.attachments')).toEqual([]);
  await context.close();
});

test('on a desktop the links stay; an attachment table squeezed below 640 px switches to the menu and back', async () => {
  const { context, page } = await session('alice', 'light');
  await page.goto(attachmentsUrl());
  const report = await devhost.byName('Report.docx');
  const edit = page.locator(actionSelector(report.id, ['docsbridge-open'])).first();
  await edit.waitFor();
  // Hidden on a desktop, so found by its label rather than its role (hidden elements have none).
  const more = page.locator('button.docsbridge-more[aria-label="More actions for Report.docx"]');
  await more.waitFor({ state: 'attached' });
  expect(await more.isVisible()).toBe(false);
  // The table's container gets 560 px (a narrow column beside a sidebar), then its room back.
  const squeeze = (width: string) => page.evaluate((w) => { document.querySelector<HTMLElement>('table.attachments')!.parentElement!.style.width = w; }, width);
  await squeeze('560px');
  await more.waitFor();
  expect(await edit.isVisible()).toBe(false);
  await screenshot(page, 'walkthrough-desktop-narrow-table');
  await squeeze('');
  await edit.waitFor();
  expect(await more.isVisible()).toBe(false);
  await context.close();
});
