import type { Browser } from 'playwright-core';
import { launchBrowser, nodeUrl } from './browser';
import { devhost } from './devhostApi';
import { environment } from './environment';

// The set-up of the specs that drive the editor through the Docs simulator: one browser per spec file, and the dev
// host and the simulator back at their start before every test.

/** Registers the spec's hooks and answers its browser (launched in beforeAll, closed in afterAll). */
export function useEditorSpec(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(resetDevhostAndSimulator);
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll');
    return browser;
  };
}

/** The dev host's data and the simulator's sessions as they were at start. */
export async function resetDevhostAndSimulator(): Promise<void> {
  await devhost.reset();
  await fetch(`${environment().docsUrl}/__sim/reset`, { method: 'POST' });
}

/** The editor page of an attachment on node 1; {@code extra} adds query parameters ('&mode=view'). */
export const editorUrl = (attachmentId: number, extra = '') =>
  `${nodeUrl(1)}/plugins/servlet/onlyoffice/doceditor?attachmentId=${attachmentId}${extra}`;
