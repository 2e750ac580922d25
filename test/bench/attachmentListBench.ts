// The attachment list (page attachments view with the app's seven menu items per row): server CPU per row and the
// app's calls into Confluence's services per row, at 10 and 1,000 attachments. Constant per-row cost is the goal.
import { startDevHost } from '../devhost/start';
import { count, cookieFor, metrics, resetCalls } from './devhostMetrics';
import { load } from './leanClient';

const PAGE = 1002; // seeded empty ("Meeting notes")
const NAMES = ['Report.docx', 'Budget.xlsx', 'Deck.pptx', 'Notes.odt', 'Old.doc', 'Scan.pdf', 'Sheet.ods', 'archive.zip'];

export interface ListFigures {
  rows: number;
  serverCpuMsPerRow: number;
  attachmentLookupsPerRow: number;
  permissionChecksPerRow: number;
  settingsReadsPerRow: number;
  allCallsPerRow: number;
  callsPerPage: Record<string, number>;
}

async function addFiles(baseUrl: string, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) {
    const name = `${String(i).padStart(4, '0')}-${NAMES[i % NAMES.length]}`;
    const response = await fetch(`${baseUrl}/devhost/api/attachments?pageId=${PAGE}&fileName=${encodeURIComponent(name)}&user=admin`,
      { method: 'POST', body: Buffer.from(`file ${i}`) });
    if (!response.ok) throw new Error(`adding ${name}: HTTP ${response.status}`);
  }
}

async function measure(baseUrl: string, cookie: string, rows: number): Promise<ListFigures> {
  const url = `${baseUrl}/pages/viewpageattachments.action?pageId=${PAGE}`;
  const request = () => ({ method: 'GET' as const, url, headers: { Cookie: cookie } });
  const pages = rows >= 1000 ? 20 : 200;
  await load(request, { concurrency: 1, count: 1, warmup: rows >= 1000 ? 10 : 100 });
  await resetCalls(baseUrl);
  await load(request, { concurrency: 1, count: 1, warmup: 0 });
  const calls = (await metrics(baseUrl)).calls;
  const before = await metrics(baseUrl);
  await load(request, { concurrency: 1, count: pages, warmup: 0 });
  const after = await metrics(baseUrl);
  const cpuMsPerPage = (after.processCpuNanos - before.processCpuNanos) / 1e6 / pages;
  return {
    rows,
    serverCpuMsPerRow: cpuMsPerPage / rows,
    attachmentLookupsPerRow: (count(calls, 'AttachmentStore.find') + count(calls, 'AttachmentStore.findVersion')) / rows,
    permissionChecksPerRow: count(calls, 'Permissions') / rows,
    settingsReadsPerRow: count(calls, 'SettingsStore.read') / rows,
    allCallsPerRow: Object.values(calls).reduce((a, b) => a + b, 0) / rows,
    callsPerPage: calls,
  };
}

/** One dev host; the page grows from 10 to 1,000 attachments between the two measurements. */
export async function attachmentListFigures(): Promise<ListFigures[]> {
  const host = await startDevHost({ port: 0, docsUrl: 'http://127.0.0.1:9', docsSecret: 'bench-secret-5c2e8a', quiet: true });
  try {
    const alice = await cookieFor(host.url, 'alice');
    await addFiles(host.url, 0, 10);
    const small = await measure(host.url, alice, 10);
    await addFiles(host.url, 10, 1000);
    const large = await measure(host.url, alice, 1000);
    return [small, large];
  } finally {
    await host.stop();
  }
}
