// The attachment list (page attachments view with the app's seven menu items per row): server CPU per row and the
// app's calls into Confluence's services per row, at 10 and 1,000 attachments. Constant per-row cost is the goal.
import { startDevHost } from '../devhost/start';
import { count, cookieFor, metrics, resetCalls } from './devhostMetrics';
import { load } from './leanClient';

const PAGE = 1002; // seeded empty ("Meeting notes")
// Five kinds (10 and 1,000 are multiples of 5, so both lists have the same mix): editable, lossy (view + convert),
// legacy (view + convert), not an office file.
const NAMES = ['Report.docx', 'Budget.xlsx', 'Notes.odt', 'Old.doc', 'archive.zip'];
/** Asked once per page, not per row: who is asking, the settings, may they add attachments to this page. */
const PER_PAGE = ['Users.current', 'SettingsStore.read', 'Permissions.canAddAttachments'];

export interface ListFigures {
  rows: number;
  serverCpuMsPerRow: number;
  serverCpuMsPerPage: number;
  attachmentLookupsPerRow: number;
  permissionChecksPerRow: number;
  settingsReadsPerRow: number;
  /** Every call except the per-page ones ({@link PER_PAGE}), divided by the rows. */
  rowCallsPerRow: number;
  perPageCalls: number;
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
    serverCpuMsPerPage: cpuMsPerPage,
    attachmentLookupsPerRow: (count(calls, 'AttachmentStore.find') + count(calls, 'AttachmentStore.findVersion')) / rows,
    permissionChecksPerRow: (count(calls, 'Permissions.canView') + count(calls, 'Permissions.canEdit')) / rows,
    settingsReadsPerRow: count(calls, 'SettingsStore.read') / rows,
    rowCallsPerRow: Object.entries(calls).filter(([name]) => !PER_PAGE.includes(name)).reduce((a, [, n]) => a + n, 0) / rows,
    perPageCalls: PER_PAGE.reduce((a, name) => a + (calls[name] ?? 0), 0),
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
