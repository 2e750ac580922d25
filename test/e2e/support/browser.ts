import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { environment } from './environment';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that keep Chromium from calling out of this offline machine. Local-network-access checks are off because
// pages a test serves through page.route() have no address and would otherwise be barred from loopback servers.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-quic', '--no-first-run', '--disable-sync',
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights'],
  });
}

/** The address of app node {@code node} (1 or 2) of the dev host's cluster. */
export function nodeUrl(node: 1 | 2): string {
  return environment().nodeUrls[node - 1];
}

/** A fresh browser session signed in as {@code user} (or anonymous when user is null), on node 1 unless told. */
export async function sessionAs(browser: Browser, user: string | null, node: 1 | 2 = 1): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Below jest's 60 s per test, so a step that hangs fails with its own name and call log.
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  if (user) {
    const response = await page.goto(`${nodeUrl(node)}/devhost/login?user=${user}`);
    if (!response || response.status() >= 400) throw new Error(`sign-in as ${user} failed`);
  }
  return { context, page };
}

/** Saves a screenshot under target/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(__dirname, '../../../target/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'docsbridge-e2e-'));
}

/** An iPhone's Safari, for the phone looks (with a 390 px viewport, touch and isMobile). */
export const IPHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
