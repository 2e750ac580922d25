// Time from a click on "New document" to the dialog on screen, first use on a fresh page (the dialog code
// loads on demand), in headless Chromium against a dev host started for the purpose.
import { chromium } from 'playwright-core';
import { startDevHost } from '../devhost/start';

export async function clickToDialogMs(runs = 7): Promise<{ medianMs: number; maxMs: number }> {
  const host = await startDevHost({ port: 0, docsUrl: 'http://127.0.0.1:9', docsSecret: 'bench-secret-5c2e8a', quiet: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${host.url}/devhost/login?user=alice`);
      await page.goto(`${host.url}/pages/viewpageattachments.action?pageId=1001`);
      await page.waitForLoadState('networkidle');
      const started = Date.now();
      await page.getByText('New document').click();
      await page.getByTestId('docsbridge-create-dialog').waitFor();
      times.push(Date.now() - started);
      await context.close();
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], maxMs: times[times.length - 1] };
  } finally {
    await browser.close();
    await host.stop();
  }
}
