import JSZip from 'jszip';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, screenshot, sessionAs } from './support/browser';
import { devhost, eventually } from './support/devhostApi';
import { signInCookie } from './support/docsProtocol';
import { environment } from './support/environment';

// The Configure page: administrators connect Confluence to their Docs server and see that it works.
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

const configureUrl = () => `${environment().devhostUrl}/plugins/servlet/onlyoffice/configure`;

async function storedSettings(): Promise<Record<string, string>> {
  const response = await fetch(`${environment().devhostUrl}/devhost/api/settings`);
  return (await response.json()) as Record<string, string>;
}

async function openAsAdmin(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await sessionAs(browser, 'admin');
  await page.goto(configureUrl());
  await page.getByLabel('ONLYOFFICE Docs address').waitFor();
  return { page, close: () => context.close() };
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  // Required fields carry a marker after their label text.
  const field = page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await field.fill(value);
}

test('only system administrators get the page and the settings', async () => {
  const anonymous = await sessionAs(browser, null);
  await anonymous.page.goto(configureUrl());
  expect(anonymous.page.url()).toContain('/login.action');
  await anonymous.context.close();

  const alice = await sessionAs(browser, 'alice');
  const response = await alice.page.goto(configureUrl());
  expect(response?.status()).toBe(403);
  expect(await alice.page.content()).not.toContain('docsbridge-admin-root');
  await alice.context.close();

  const api = await fetch(`${environment().devhostUrl}/plugins/servlet/onlyoffice/settings`, {
    headers: { Cookie: await signInCookie('alice'), Accept: 'application/json' },
  });
  expect(api.status).toBe(403);
  const body = await api.text();
  expect(body).not.toContain(environment().docsSecret);
});

test('the administrator saves a working configuration and sees every check pass', async () => {
  await devhost.settings({ docsUrl: null, jwtSecret: null, jwtHeader: null });
  const { page, close } = await openAsAdmin();
  expect(await page.content()).not.toContain(environment().docsSecret);
  await fill(page, 'ONLYOFFICE Docs address', environment().docsUrl);
  await fill(page, 'JWT secret', environment().docsSecret);
  await fill(page, 'JWT header', environment().jwtHeader);
  await page.getByRole('button', { name: 'Save' }).click();

  await page.getByText('Settings saved').first().waitFor({ timeout: 20000 });
  const results = page.getByText('All checks passed', { exact: false });
  await results.first().waitFor();
  for (const step of ['Docs server reachable', 'Command service and JWT secret', 'Conversion round trip']) {
    expect(await page.getByText(step).count()).toBeGreaterThan(0);
  }
  expect(await page.getByText('Failed', { exact: true }).count()).toBe(0);
  await screenshot(page, 'configure-saved');

  const stored = await storedSettings();
  expect(stored.docsUrl).toBe(environment().docsUrl);
  expect(stored.jwtSecret).toBe(environment().docsSecret);
  expect(stored.jwtHeader).toBe(environment().jwtHeader);
  await close();
});

test('a dead address and a wrong secret each produce their own clear failure, and nothing is saved silently', async () => {
  const { page, close } = await openAsAdmin();
  const before = await storedSettings();

  await fill(page, 'ONLYOFFICE Docs address', 'http://127.0.0.1:9');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText('Confluence cannot reach', { exact: false }).first().waitFor({ timeout: 20000 });
  await screenshot(page, 'configure-dead-address');

  await fill(page, 'ONLYOFFICE Docs address', environment().docsUrl);
  await fill(page, 'JWT secret', 'definitely-the-wrong-secret');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText('The secret does not match', { exact: false }).first().waitFor({ timeout: 20000 });

  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Save anyway?', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedSettings()).toEqual(before);
  await close();
});

test('an address that is not a Docs server (Confluence itself) is named as such, with a link to the field to fix', async () => {
  const { page, close } = await openAsAdmin();
  await fill(page, 'ONLYOFFICE Docs address', environment().devhostUrl);
  await page.getByRole('button', { name: 'Test connection' }).click();
  const results = page.getByTestId('connection-test-results');
  await results.getByText('does not answer like ONLYOFFICE Docs', { exact: false }).waitFor({ timeout: 20000 });
  expect(await results.textContent()).not.toContain('problem with its own services');
  // The results are above the form, where the administrator is looking.
  const resultsBox = await results.boundingBox();
  const addressBox = await page.getByLabel(/^ONLYOFFICE Docs address/).boundingBox();
  expect(resultsBox!.y).toBeLessThan(addressBox!.y);
  await screenshot(page, 'configure-not-docs');
  await results.getByRole('link', { name: 'Go to ONLYOFFICE Docs address' }).click();
  expect(await page.getByLabel(/^ONLYOFFICE Docs address/).evaluate((el) => el === document.activeElement)).toBe(true);
  await close();
});

test('Test connection on an invalid form says what to fix, tests nothing and does not talk about saving', async () => {
  const { page, close } = await openAsAdmin();
  let tests = 0;
  page.on('request', (r) => { if (r.url().endsWith('/settings/test')) tests++; });
  await fill(page, 'JWT header', 'Bad Header');
  await page.getByRole('button', { name: 'Test connection' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'not valid' });
  await alert.getByText('so the connection was not tested', { exact: false }).waitFor();
  expect(await alert.textContent()).not.toContain('nothing was saved');
  expect(await alert.getByRole('link', { name: /^JWT header:/ }).count()).toBe(1);
  expect(tests).toBe(0);
  await screenshot(page, 'configure-invalid-test');
  await close();
});

test('bad input is shown at the field and nothing is stored', async () => {
  const { page, close } = await openAsAdmin();
  const before = await storedSettings();
  await fill(page, 'ONLYOFFICE Docs address', 'ftp://user:pw@docs.example.com');
  await fill(page, 'JWT header', 'Bad Header');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Enter an absolute http:// or https:// address', { exact: false }).first().waitFor();
  expect(await page.getByText('Use letters, digits', { exact: false }).count()).toBeGreaterThan(0);
  expect(await storedSettings()).toEqual(before);
  await close();
});

test('a cross-site form post changes nothing', async () => {
  const { context, page } = await sessionAs(browser, 'admin');
  const before = await storedSettings();
  const target = `${environment().devhostUrl}/plugins/servlet/onlyoffice/settings`;
  // A page on another origin (the simulator's) that auto-submits a form to the settings endpoint.
  const evil = `${environment().docsUrl}/evil.html`;
  await page.route(evil, (route) => route.fulfill({
    status: 200,
    contentType: 'text/html',
    body: `<form id="f" method="POST" action="${target}/reveal" enctype="text/plain">
      <input name='{"values":{"docsUrl":"http://attacker.example","x":"' value='"}}'></form>
      <form id="g" method="POST" action="${target}" enctype="text/plain">
      <input name='{"values":{"docsUrl":"http://attacker.example"},"confirmFailingTest":true,"x":"' value='"}}'></form>
      <script>document.getElementById('g').submit();</script>`,
  }));
  const responses: number[] = [];
  page.on('response', (r) => { if (r.url().startsWith(target)) responses.push(r.status()); });
  await page.goto(evil);
  await page.waitForLoadState('networkidle');
  expect(responses.every((s) => s >= 400)).toBe(true);
  expect(await storedSettings()).toEqual(before);

  // The same request sent with the admin's cookie but without the anti-forgery header is refused too.
  const forged = await fetch(target, {
    method: 'PUT',
    headers: { Cookie: await signInCookie('admin'), 'Content-Type': 'application/json', Origin: 'http://attacker.example' },
    body: JSON.stringify({ values: { docsUrl: 'http://attacker.example' }, confirmFailingTest: true }),
  });
  expect(forged.status).toBe(403);
  expect(await storedSettings()).toEqual(before);
  await context.close();
});

test('keyboard only: reach the address field, change it and save with the keyboard', async () => {
  const { page, close } = await openAsAdmin();
  const address = page.getByLabel(/^ONLYOFFICE Docs address/);
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await address.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(environment().docsUrl + '/');
  await page.keyboard.press('Enter');
  await page.getByText('Settings saved').first().waitFor({ timeout: 20000 });
  expect((await storedSettings()).docsUrl).toBe(environment().docsUrl);
  await close();
});

test('the page passes an accessibility scan', async () => {
  const { page, close } = await openAsAdmin();
  expect(await axeViolations(page)).toEqual([]);
  await close();
});

// ---- Status, unsaved changes, the secret, notices ----

test('the status summary says what is set up, when it was last tested and whether saves went wrong', async () => {
  const { page, close } = await openAsAdmin();
  const status = page.getByRole('region', { name: 'Status' });
  await status.getByText('No save problems', { exact: false }).waitFor({ timeout: 20000 });
  expect(await status.textContent()).toContain(`Configured: Confluence uses ONLYOFFICE Docs at ${environment().docsUrl}.`);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await status.getByText('all checks passed', { exact: false }).waitFor({ timeout: 20000 });
  // Every node remembers it: a new page load still shows it.
  await page.reload();
  await status.getByText(/Connection last tested .*: all checks passed/).waitFor({ timeout: 20000 });
  await screenshot(page, 'configure-status');
  await close();
});

test('leaving with unsaved changes asks first; a generated secret can be copied; a warning notice stays until closed', async () => {
  const { context, page } = await sessionAs(browser, 'admin');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(configureUrl());
  await page.getByLabel('ONLYOFFICE Docs address').waitFor();
  expect(await page.getByText('You have unsaved changes', { exact: false }).count()).toBe(0);

  await page.getByRole('button', { name: 'Generate' }).click();
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.getByText('The secret was copied.', { exact: false }).waitFor();
  const generated = await page.getByLabel(/^JWT secret/).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(generated);
  await page.getByText('You have unsaved changes', { exact: false }).waitFor();
  await screenshot(page, 'configure-generated-secret');

  // The Docs server does not know the new secret: the test fails, and "Save anyway" leaves a notice that stays.
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save anyway' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Settings saved' });
  await notice.waitFor({ timeout: 20000 });
  await page.waitForTimeout(9000); // longer than a success notice lives
  expect(await notice.count()).toBe(1);
  await notice.getByRole('button', { name: 'Close' }).click();
  expect(await notice.count()).toBe(0);

  // Unsaved again: closing the tab asks first.
  await page.getByLabel('Chat').click();
  let asked = '';
  page.on('dialog', async (dialog) => {
    asked = dialog.type();
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await eventually(async () => (asked ? true : undefined), 5000, 'the beforeunload question');
  expect(asked).toBe('beforeunload');
  await context.close();
});

// ---- Save problems (issue #9) ----

async function simState(): Promise<Array<{ key: string; forgotten: boolean }>> {
  const response = await fetch(`${environment().docsUrl}/__sim/state`);
  return ((await response.json()) as { sessions: Array<{ key: string; forgotten: boolean }> }).sessions;
}

test('a file the Docs server could not deliver is listed with what, where, who and why, and stored as a new version', async () => {
  const report = await devhost.byName('Report.docx');
  // Every delivery attempt fails (the first try and the simulator's three retries): the Docs server keeps the file.
  await devhost.faults(4);
  const alice = await sessionAs(browser, 'alice');
  await alice.page.goto(`${environment().devhostUrl}/plugins/servlet/onlyoffice/doceditor?attachmentId=${report.id}`);
  const editor = alice.page.frameLocator('iframe');
  await editor.locator('#sim-text').fill('Work that must not be lost');
  await eventually(async () => ((await alice.page.title()).startsWith('\u25cf') ? undefined : true), 5000, 'changes sent');
  await editor.locator('#sim-close').click();
  await eventually(async () => ((await simState()).some((s) => s.forgotten) ? true : undefined), 20000, 'a forgotten file');
  await alice.context.close();
  // Someone uploads a newer version meanwhile, so the file is not stored automatically: it waits for the admin.
  await devhost.upload(report.pageId, 'Report.docx', await devhost.content(report.id, report.version));
  const before = await devhost.byName('Report.docx');

  const { page, close } = await openAsAdmin();
  const problems = page.getByTestId('save-problems');
  const list = problems.getByRole('list', { name: 'Files the Docs server could not deliver' });
  await list.waitFor({ timeout: 20000 });
  const item = list.getByRole('listitem');
  expect(await item.getByRole('link', { name: 'Report.docx' }).getAttribute('href')).toContain(`pageId=${report.pageId}`);
  const text = (await item.textContent()) ?? '';
  expect(text).toMatch(/Edited by Alice/);
  expect(text).toContain('Why: Confluence could not store the new version');
  expect(text).toContain('Technical details');
  expect(text).toContain(`version ${before.version} was saved since`);
  expect(await page.getByRole('region', { name: 'Status' }).textContent()).toContain('Save problems to look at: 1.');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'configure-problems-waiting');

  await item.getByRole('button', { name: 'Store as new version' }).click();
  await problems.getByText(`“Report.docx” was stored as version ${before.version + 1}.`).waitFor({ timeout: 20000 });
  const stored = await devhost.byName('Report.docx');
  expect(stored.version).toBe(before.version + 1);
  const zip = await JSZip.loadAsync(await devhost.content(stored.id, stored.version));
  expect(await zip.file('word/document.xml')!.async('string')).toContain('Work that must not be lost');
  await eventually(async () => ((await simState()).some((s) => s.forgotten) ? undefined : true), 5000, 'deleted on the Docs server');
  await screenshot(page, 'configure-problems-stored');
  await close();
});

test('the save problems API refuses other users and forged requests', async () => {
  const url = `${environment().devhostUrl}/plugins/servlet/onlyoffice/forgotten`;
  const asAlice = await fetch(url, { headers: { Cookie: await signInCookie('alice'), Accept: 'application/json' } });
  expect(asAlice.status).toBe(403);
  const forged = await fetch(url, {
    method: 'POST',
    headers: { Cookie: await signInCookie('admin'), 'Content-Type': 'text/plain' },
    body: JSON.stringify({ action: 'discard', key: 'any' }),
  });
  expect(forged.status).toBe(403);
});

// ---- Every state, looked at: loading, error, empty, narrow, dark ----

const LOOKS: Array<[string, BrowserContextOptions]> = [
  ['light', { viewport: { width: 1280, height: 800 }, colorScheme: 'light' }],
  ['dark', { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' }],
  ['narrow', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

test.each(LOOKS)('the page in its states (%s): loading, failed load, empty save problems; no axe violation', async (look, options) => {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${environment().devhostUrl}/devhost/login?user=admin`);

  // Loading: the settings answer late.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/onlyoffice/settings', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(configureUrl());
  await page.getByText('Loading the settings', { exact: false }).waitFor();
  await screenshot(page, `configure-loading-${look}`);
  release();
  await page.getByLabel(/^ONLYOFFICE Docs address/).waitFor();
  await page.getByTestId('problems-empty').waitFor({ timeout: 20000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `configure-empty-${look}`);
  await page.unroute('**/onlyoffice/settings');

  // A failed load: what happened, and a way to try again.
  await page.route('**/onlyoffice/settings', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{}' }));
  await page.reload();
  await page.getByRole('button', { name: 'Try again' }).waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('The settings could not be loaded.');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `configure-load-failed-${look}`);
  await context.close();
});
