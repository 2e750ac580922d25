// `npm run bench`: prints the figures the issues set targets for. Not a test: it reports, it does not judge.
import { contextCosts } from './bundleSizes';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pluginKey } = require('../../frontend/build/webResources');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

async function main(): Promise<void> {
  console.log('Web resources: what a page in each context downloads from this app');
  console.log('context'.padEnd(24) + 'JS raw'.padStart(12) + 'JS gzip'.padStart(12) + 'CSS raw'.padStart(12) + 'CSS gzip'.padStart(12));
  for (const c of contextCosts(pluginKey)) {
    console.log(c.context.padEnd(24) + kb(c.jsRaw).padStart(12) + kb(c.jsGzip).padStart(12) + kb(c.cssRaw).padStart(12) + kb(c.cssGzip).padStart(12));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
