// `npm run bench`: prints the figures the issues set goals for, each with its goal and whether it is met. Not a
// test: it reports, it does not fail. Sections are independent modules; `--only=sizes,list` runs some of them,
// `--sizes-only` just the web-resource sizes.
import { attachmentListFigures } from './attachmentListBench';
import { contextCosts } from './bundleSizes';
import { clickToDialogMs } from './dialogBench';
import { BATCHES, ratesFigures, type RateFigures, type WarmUp } from './ratesBench';
import { cpus, loadavg } from 'os';
import { historyFigures } from './historyBench';
import { macroPageFigures } from './macroBench';
import { figure, goal, kb, ms, section } from './report';
import { saveFigures } from './saveBench';
import { soakFigures } from './soakBench';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pluginKey } = require('../../frontend/build/webResources');

async function sizes(): Promise<void> {
  const costs = contextCosts(pluginKey);
  section('Web resources: what a page in each context downloads from this app');
  console.log('  ' + 'context'.padEnd(24) + 'JS raw'.padStart(12) + 'JS gzip'.padStart(12) + 'CSS raw'.padStart(12) + 'CSS gzip'.padStart(12));
  for (const c of costs) {
    console.log('  ' + c.context.padEnd(24) + kb(c.jsRaw).padStart(12) + kb(c.jsGzip).padStart(12) + kb(c.cssRaw).padStart(12) + kb(c.cssGzip).padStart(12));
  }
  const gz = (context: string) => {
    const c = costs.find((x) => x.context === context);
    return c ? c.jsGzip + c.cssGzip : 0;
  };
  const KB = 1024;
  figure('Every Confluence page (atl.general), JS + CSS gzip', kb(gz('atl.general')), goal('<= 1 KB', gz('atl.general') <= KB));
  figure('File preview (media-viewer), JS + CSS gzip', kb(gz('media-viewer')), goal('<= 1 KB', gz('media-viewer') <= KB));
  figure('Editor launcher, JS + CSS gzip', kb(gz('docsbridge.editor')), goal('<= 10 KB', gz('docsbridge.editor') <= 10 * KB));
  figure('Admin page, JS + CSS gzip', kb(gz('docsbridge.admin')), goal('<= 120 KB', gz('docsbridge.admin') <= 120 * KB));
  figure('Dialogs, JS + CSS gzip (loaded on first use)', kb(gz('docsbridge.dialogs')));
}

async function dialog(): Promise<void> {
  section('Dialogs (headless Chromium, dev host)');
  const d = await clickToDialogMs();
  figure('Click on "New document" to dialog shown, first use, median', `${d.medianMs} ms`, undefined, `max ${d.maxMs} ms`);
}

async function attachmentList(): Promise<void> {
  section('Attachment list: seven ONLYOFFICE items per row (dev host; calls = the app\'s calls into Confluence\'s services)');
  const [small, large] = await attachmentListFigures();
  for (const f of [small, large]) {
    const n = f.rows.toLocaleString('en');
    figure(`${n} attachments: server CPU per page / per row`, `${f.serverCpuMsPerPage.toFixed(2)} / ${f.serverCpuMsPerRow.toFixed(3)} ms`);
    figure(`${n} attachments: attachment lookups per row`, f.attachmentLookupsPerRow.toFixed(3), goal('<= 1', f.attachmentLookupsPerRow <= 1));
    figure(`${n} attachments: permission checks per row`, f.permissionChecksPerRow.toFixed(3), goal('<= 2', f.permissionChecksPerRow <= 2),
      'view, and edit where editable');
    figure(`${n} attachments: calls once per page`, String(f.perPageCalls), goal('independent of rows', f.perPageCalls === small.perPageCalls),
      'current user, settings, may add attachments');
    figure(`${n} attachments: settings reads per page`, (f.settingsReadsPerRow * f.rows).toFixed(0), goal('1', f.settingsReadsPerRow * f.rows <= 1));
    figure(`${n} attachments: service calls per row`, f.rowCallsPerRow.toFixed(3));
  }
  const constant = Math.abs(large.rowCallsPerRow - small.rowCallsPerRow) <= 0.01;
  figure('Service calls per row, 10 vs 1,000 attachments', `${small.rowCallsPerRow.toFixed(2)} / ${large.rowCallsPerRow.toFixed(2)}`,
    goal('constant', constant));
  const marginalCpu = (large.serverCpuMsPerPage - small.serverCpuMsPerPage) / (large.rows - small.rows);
  figure('Server CPU of each further row (1,000 vs 10)', ms(marginalCpu, 3));
  console.log(`  calls for one page of 1,000: ${JSON.stringify(large.callsPerPage)}`);
}

function rateRows(name: string, rows: RateFigures[], cpuGoalMs?: number): void {
  for (const r of rows) {
    const label = `${name}, ${r.concurrency} at a time`;
    figure(`${label}: rate`, `${r.perSecond.toFixed(0)} req/s`, undefined, `${r.requests} requests after warm-up`);
    figure(`${label}: p50 / p99`, `${r.p50Ms.toFixed(2)} / ${r.p99Ms.toFixed(2)} ms`);
    figure(`${label}: app servlet CPU/req`, ms(r.appCpuMsPerRequest, 3),
      cpuGoalMs === undefined ? undefined : goal(`<= ${cpuGoalMs} ms`, r.appCpuMsPerRequest <= cpuGoalMs),
      `median of ${BATCHES} batches; the request thread inside the app's servlet`);
    figure(`${label}: server JVM CPU/req`, ms(r.serverCpuMsPerRequest, 3), undefined, 'Jetty, GC, JIT and dev host included');
    figure(`${label}: client CPU/req`, ms(r.clientCpuMsPerRequest, 3), undefined, 'keep-alive node:http client');
  }
}

async function rates(): Promise<void> {
  section('Editor page and callbacks (dev host, loopback, lean keep-alive client; 2 shared cores)');
  const f = await ratesFigures();
  console.log(`  load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (other processes inflate CPU per request)`);
  const [editorC1, callbackC1] = [f.editorPage[0], f.callbacks[0]];
  figure('Settings reads per editor page (one request)', String(f.settingsReadsPerEditorPage), goal('1', f.settingsReadsPerEditorPage <= 1));
  figure(`  per editor page, all ${editorC1.requests} at c=1`, (editorC1.settingsReads / editorC1.requests).toFixed(3),
    goal('1', editorC1.settingsReads <= editorC1.requests), `${editorC1.settingsReads} reads`);
  // The recovery sweep (RecoverySweep.LOOK_EVERY) lets a callback look at the shared save problems at most once
  // per 5 s per node: one more read for that callback, not for the others.
  // (+2: the first look, and the moments between batches, which the batches' seconds leave out)
  const looks = Math.ceil(callbackC1.seconds / 5) + 2;
  figure(`Settings reads per callback (status 1/4), all ${callbackC1.requests} at c=1`, (callbackC1.settingsReads / callbackC1.requests).toFixed(3),
    goal('1 + the sweep\'s look every 5 s', callbackC1.settingsReads <= callbackC1.requests + looks),
    `${callbackC1.settingsReads} reads in ${callbackC1.seconds.toFixed(1)} s`);
  figure('  the first callback after start (the sweep looks)', String(f.settingsReadsPerCallback), goal('2', f.settingsReadsPerCallback <= 2));
  warmUpRow('Editor page', f.editorWarmUp);
  rateRows('Editor page', f.editorPage, 0.2);
  warmUpRow('Callback, no file (1/4)', f.callbackWarmUp);
  rateRows('Callback, no file (1/4)', f.callbacks);
}

function warmUpRow(name: string, w: WarmUp): void {
  figure(`${name}: warm-up (8 at a time)`, `${w.requests} req`, goal('until app CPU/req stops falling', w.settled),
    `last 2,000: JIT ${w.lastJitMs} ms, app ${ms(w.lastAppCpuMs, 3)} per request`);
}

async function save(): Promise<void> {
  section('Save of a large result through a status-2 callback (dev host with -Xmx32m)');
  const f = await saveFigures();
  const size = `${(f.bytes / 1024 / 1024).toFixed(0)} MB`;
  figure(`${size} save with a ${f.heapMb} MB heap`, f.succeeded ? 'succeeded' : 'FAILED', goal('succeeds', f.succeeded), f.error);
  figure('  live heap during the save (after full GC), max', `${f.liveHeapMaxMB.toFixed(1)} MB`,
    goal(`< ${f.heapMb} MB heap`, f.succeeded && f.liveHeapMaxMB < f.heapMb), `${f.liveHeapSamples} samples`);
  figure('  floor: download -> file -> SHA-256 without the app (mean of 2)', `${f.floorMBps.toFixed(0)} MB/s`);
  figure('  the app\'s save', `${f.appMBps.toFixed(0)} MB/s`);
  const ratio = f.appMBps / f.floorMBps;
  figure('  the app\'s save / floor (same run)', `${(ratio * 100).toFixed(0)} %`, goal('>= 80 %', ratio >= 0.8));
}

async function soak(): Promise<void> {
  section('Fault soak: genuine save sessions on two app nodes under injected faults (SOAK_SESSIONS, default 200)');
  const f = await soakFigures();
  figure('Sessions (mixed sizes, 8 at a time, alice on node 1, bob on node 2)', String(f.sessions), undefined, `${f.files} files`);
  figure('  faults injected', Object.entries(f.injected).map(([k, v]) => `${k} ${v}`).join(', ') || 'none');
  figure('  versions expected / stored', `${f.expectedVersions} / ${f.storedVersions}`, goal('equal', f.expectedVersions === f.storedVersions));
  figure('  lost', String(f.lost), goal('0', f.lost === 0));
  figure('  duplicated', String(f.duplicated), goal('0', f.duplicated === 0));
  figure('  stored but not a DOCX', String(f.corrupt), goal('0', f.corrupt === 0));
  figure('  stuck (save not ended within 3 min)', String(f.stuck), goal('0', f.stuck === 0));
  figure('  longest wait from Close to stored', `${(f.longestWaitMs / 1000).toFixed(1)} s`);
  figure('  callbacks served by node 1 / node 2', f.callbacksPerNode.join(' / '));
  figure('  duration', `${f.seconds.toFixed(0)} s`);
  for (const line of f.lostSessions.slice(0, 10)) console.log(`    lost: ${line}`);
}

async function history(): Promise<void> {
  section('Version history of an attachment with 500 versions, each with a change list (dev host, alice, one at a time)');
  const f = await historyFigures();
  figure('Versions listed / with change list', `${f.listedVersions} / ${f.withChanges}`, goal(`${f.versions} / ${f.versions}`,
    f.listedVersions === f.versions && f.withChanges === f.versions));
  figure('Server time per opening (wall, loopback), p50 / p99', `${f.p50Ms.toFixed(1)} / ${f.p99Ms.toFixed(1)} ms`,
    goal('p99 <= 100 ms', f.p99Ms <= 100),
    `includes the client, loopback and waiting for a core: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  figure('  the history servlet\'s CPU per opening', ms(f.servletCpuMs, 1), goal('<= 100 ms', f.servletCpuMs <= 100));
  figure('  attachment service calls per opening', String(f.versionQueries), goal('independent of versions', f.versionQueries <= 3),
    'no query per version');
  figure('  history index reads per opening', String(f.indexReads), goal('1', f.indexReads === 1));
  figure('  answer size, raw / gzip', `${kb(f.bytes)} / ${kb(f.gzipBytes)}`);
  console.log(`  calls for one opening: ${JSON.stringify(f.calls)}`);
}

async function macros(): Promise<void> {
  section('Preview macro: a page with 1 macro and with 20 macros, 3 in view (headless Chromium, empty cache, dev host + simulator)');
  const [one, twenty] = await macroPageFigures();
  const part = (p: { requests: number; bytes: number }) => `${p.requests} req, ${kb(p.bytes)}`;
  for (const f of [one, twenty]) {
    const label = `${f.macros} macro${f.macros > 1 ? 's' : ''}`;
    figure(`${label}: whole page (all frames)`, part(f.total), undefined, `without the macro: ${part(f.withoutMacro)}`);
    figure(`${label}: added by the macro`, `${f.total.requests - f.withoutMacro.requests} req, ${kb(f.total.bytes - f.withoutMacro.bytes)}`,
      undefined, 'script, styles, configs, api.js, viewers');
    figure(`${label}: macro script + styles`, part(f.macroCode), goal('<= 2 req, <= 10 KB', f.macroCode.requests <= 2 && f.macroCode.bytes <= 10 * 1024));
    figure(`${label}: config requests`, part(f.configs), goal('1 per batch in view', f.configs.requests === 1));
    figure(`${label}: api.js`, part(f.apiJs), goal('once per page', f.apiJs.requests === 1));
    figure(`${label}: viewers open`, String(f.viewers), goal(`only those in view (${f.macros === 1 ? 1 : 3})`, f.viewers === (f.macros === 1 ? 1 : 3)));
    figure(`${label}: viewer frames (simulator)`, part(f.viewerFrames));
    figure(`${label}: placeholders in the page HTML`, kb(f.pageHtml));
  }
  const perPlaceholder = (twenty.pageHtml - one.pageHtml) / 19;
  figure('Page HTML per further macro (placeholder)', kb(perPlaceholder), goal('<= 1.5 KB', perPlaceholder <= 1.5 * 1024));
  const extraRequests = (twenty.total.requests - twenty.viewerFrames.requests) - (one.total.requests - one.viewerFrames.requests);
  figure('20 vs 1 macro: extra requests besides the viewers', String(extraRequests), goal('0 (one script, one config batch, one api.js)', extraRequests === 0));
}

const SECTIONS: Record<string, () => Promise<void>> = { sizes, dialog, list: attachmentList, rates, save, soak, macros, history };

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const names = process.argv.includes('--sizes-only') ? ['sizes'] : only ?? Object.keys(SECTIONS);
  for (const name of names) {
    if (!SECTIONS[name]) throw new Error(`unknown section ${name}; sections: ${Object.keys(SECTIONS).join(', ')}`);
    await SECTIONS[name]();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
