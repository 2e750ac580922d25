// The preview macro's page cost (issue #14): what a browser downloads for a page with 1 macro and for one with 20
// macros of which 3 are in view — all requests and bytes on the wire (every frame), and the part that is the macro's:
// its script and styles, its config requests, api.js, and the viewers the Docs server serves (here the simulator,
// whose viewer is far lighter than the real editor: those bytes only show that no viewer starts out of view).
import { chromium, type Request } from 'playwright-core';
import { startDocServer } from '../docserver/server';
import { ensureBuilt, startDevHost } from '../devhost/start';

const SECRET = 'bench-macro-secret-7d21';

export interface PagePart {
  requests: number;
  bytes: number; // headers and bodies as received (gzip where served gzip)
}

export interface MacroPageFigures {
  macros: number;
  viewers: number; // embedded viewers open after the page settled
  total: PagePart;
  withoutMacro: PagePart; // the same page with no macro in its body
  macroCode: PagePart; // the macro's script and styles
  configs: PagePart; // preview-config requests
  apiJs: PagePart;
  viewerFrames: PagePart; // everything the Docs server's viewer frames load
  pageHtml: number; // bytes of the page's own HTML (the placeholders are in it)
}

const MACRO_CODE = /:preview-macro\//;
const CONFIG = /\/plugins\/servlet\/onlyoffice\/preview-config\?/;
const API_JS = /\/web-apps\/apps\/api\/documents\/api\.js/;

function macro(name: string): string {
  return '<ac:structured-macro ac:name="onlyoffice-preview" ac:schema-version="1">'
    + `<ac:parameter ac:name="name"><ri:attachment ri:filename="${name}"/></ac:parameter>`
    + '<ac:parameter ac:name="height">300</ac:parameter></ac:structured-macro>';
}

interface Sized {
  url: string;
  bytes: number;
}

function sum(requests: Sized[]): PagePart {
  return { requests: requests.length, bytes: requests.reduce((total, r) => total + r.bytes, 0) };
}

export async function macroPageFigures(): Promise<MacroPageFigures[]> {
  await ensureBuilt();
  const docs = await startDocServer({ secret: SECRET });
  const host = await startDevHost({ port: 0, docsUrl: docs.url, docsSecret: SECRET, quiet: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const setBody = async (xml: string) => {
    const response = await fetch(`${host.url}/devhost/api/pages/1001/body`, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: xml });
    if (!response.ok) throw new Error(`page body: HTTP ${response.status}`);
  };
  /** A fresh browser (empty cache) loads the page, waits for the viewers in view, then for the network to settle. */
  const load = async (viewers: number) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${host.url}/devhost/login?user=bob`);
    const requests: Request[] = [];
    context.on('requestfinished', (r) => requests.push(r));
    const response = await page.goto(`${host.url}/pages/viewpage.action?pageId=1001`);
    const pageHtml = (await response?.body())?.length ?? 0;
    await page.waitForFunction((n) => document.querySelectorAll('.docsbridge-preview--open iframe').length >= n, viewers, { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000); // nothing more may start while the page stands still
    const open = await page.locator('.docsbridge-preview--open iframe').count();
    const sized = await Promise.all(requests.map(async (r) => {
      const sizes = await r.sizes().catch(() => null); // only while the context is open
      return { url: r.url(), bytes: sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0 };
    }));
    await context.close();
    return { requests: sized, pageHtml, open };
  };
  const names = ['Report.docx', 'Budget.xlsx', 'Slides.pptx', 'Form.pdf'];
  try {
    await setBody('<p>No macro here.</p>');
    const bare = await load(0);
    const withoutMacro = sum(bare.requests);
    const figures: MacroPageFigures[] = [];
    for (const [macros, inView] of [[1, 1], [20, 3]]) {
      await setBody(Array.from({ length: macros }, (_, i) => macro(names[i % names.length])).join('<p>text</p>'));
      const run = await load(inView);
      const fromDocs = run.requests.filter((r) => r.url.startsWith(docs.url));
      figures.push({
        macros,
        viewers: run.open,
        total: sum(run.requests),
        withoutMacro,
        macroCode: sum(run.requests.filter((r) => MACRO_CODE.test(r.url))),
        configs: sum(run.requests.filter((r) => CONFIG.test(r.url))),
        apiJs: sum(run.requests.filter((r) => API_JS.test(r.url))),
        viewerFrames: sum(fromDocs.filter((r) => !API_JS.test(r.url))),
        pageHtml: run.pageHtml - bare.pageHtml,
      });
    }
    return figures;
  } finally {
    await browser.close();
    await host.stop();
    await docs.close();
  }
}
