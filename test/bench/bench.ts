// `npm run bench`: prints the figures the issues set targets for. Not a test: it reports, it does not judge.
import { contextCosts } from './bundleSizes';
import { clickToDialogMs } from './dialogBench';
import { roundTripFigures } from './roundTripBench';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pluginKey } = require('../../frontend/build/webResources');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const row = (label: string, value: string, target = '') => console.log(`  ${label.padEnd(52)}${value.padStart(14)}  ${target}`);

async function main(): Promise<void> {
  const costs = contextCosts(pluginKey);
  console.log('Web resources: what a page in each context downloads from this app');
  console.log('  ' + 'context'.padEnd(24) + 'JS raw'.padStart(12) + 'JS gzip'.padStart(12) + 'CSS raw'.padStart(12) + 'CSS gzip'.padStart(12));
  for (const c of costs) {
    console.log('  ' + c.context.padEnd(24) + kb(c.jsRaw).padStart(12) + kb(c.jsGzip).padStart(12) + kb(c.cssRaw).padStart(12) + kb(c.cssGzip).padStart(12));
  }
  const gz = (context: string) => {
    const c = costs.find((x) => x.context === context);
    return c ? c.jsGzip + c.cssGzip : 0;
  };
  console.log('\nTargets');
  row('Every Confluence page (atl.general), JS + CSS gzip', kb(gz('atl.general')), '(target <= 1 KB)');
  row('Editor launcher JS gzip', kb(costs.find((c) => c.context === 'docsbridge.editor')?.jsGzip ?? 0), '(target <= 10 KB)');
  row('Admin page JS + CSS gzip', kb(gz('docsbridge.admin')), '(target <= 120 KB)');
  row('Dialogs JS + CSS gzip, loaded on first use', kb(gz('docsbridge.dialogs')));
  row('File preview button (media-viewer) JS gzip', kb(gz('media-viewer')));

  if (process.argv.includes('--sizes-only')) return;
  const dialog = await clickToDialogMs();
  row('Click on "New document" to dialog shown, first use (median)', `${dialog.medianMs} ms`, `(max ${dialog.maxMs} ms)`);

  console.log('\nEditor round trip on the dev host (loopback; dev host started with -Xmx128m)');
  const f = await roundTripFigures();
  row(`Save of a ${(f.saveBytes / 1024 / 1024).toFixed(0)} MB result via status-2 callback`, `${f.saveSeconds.toFixed(2)} s`);
  row('  throughput', `${f.saveMBps.toFixed(0)} MB/s`, '(target >= 100 MB/s)');
  row('  peak Java heap (sum of pool peaks)', f.peakHeapMB === null ? 'n/a' : `${f.peakHeapMB.toFixed(0)} MB`, f.heapMaxMB ? `(max ${f.heapMaxMB.toFixed(0)} MB)` : '');
  row('Editor page, warm, p50', `${f.editorPageP50Ms.toFixed(2)} ms`, '(target <= 5 ms)');
  row('Editor page, warm, p99', `${f.editorPageP99Ms.toFixed(2)} ms`);
  row('Callbacks without a file (status 1/4)', `${f.callbacksPerSecond.toFixed(0)} req/s`, '(target >= 500/s)');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
