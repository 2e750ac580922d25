// The Conversion API (docs-api §5): /converter (JSON by default) and /ConvertService.ashx (XML by default).
// Results are cached per (key, output format); async requests are polled by repeating them.
import type { IncomingMessage } from 'http';
import { FileCache } from './cache';
import { SimConfig } from './config';
import { readText, render } from './documents';
import { Downloader, DownloadAttempt } from './download';
import { conversionTarget, isKnownFormat } from './formats';
import { inboundParams } from './jwt';

const KEY_PATTERN = /^[0-9-.a-zA-Z_=]*$/;
const SIM_ERROR = /^SIM-ERROR:(-?\d+)/;
/** Errors that are not cached, so that a retry downloads again (§5.1). */
const RETRYABLE = new Set([-4, -10]);

export type ConvertAnswer = { error: number } | { percent: number; endConvert: false } | { fileUrl: string; fileType: string; percent: 100; endConvert: true };

interface Job {
  key: string;
  outputType: string;
  sourceUrl: string;
  done: Promise<void>;
  /** Async jobs stay "running" until then, so pollers see {percent:0} at least once. */
  readyAt: number;
  error?: number;
  file?: { dir: string; name: string; downloadName: string; fileType: string };
  downloads: DownloadAttempt[];
}

export interface ConversionState {
  key: string;
  outputType: string;
  sourceUrl: string;
  status: 'running' | 'done' | 'error';
  error?: number;
  downloads: DownloadAttempt[];
}

export class Converter {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly cfg: SimConfig,
    private readonly cache: FileCache,
    private readonly downloader: Downloader,
  ) {}

  async convert(body: Record<string, unknown>, req: IncomingMessage, publicBase: string): Promise<ConvertAnswer> {
    const auth = inboundParams(body, req.headers, this.cfg.secret, this.cfg.jwtHeader);
    if (!auth.ok) return { error: -8 };
    const p = auth.params;
    const filetype = String(p.filetype ?? p.fileType ?? '').toLowerCase();
    const outputtype = String(p.outputtype ?? p.outputType ?? '').toLowerCase();
    const key = p.key;
    const url = p.url;
    if (typeof key !== 'string' || key === '' || !KEY_PATTERN.test(key)) return { error: -7 };
    if (!/^[a-z0-9]+$/.test(filetype) || !isKnownFormat(filetype) || typeof url !== 'string' || !url) return { error: -7 };
    if (typeof p.password === 'string' && p.password.length > 255) return { error: -7 };
    const target = conversionTarget(filetype, outputtype);
    if (!target) return { error: -7 };
    const isAsync = p.async === true || p.async === 'true';
    const title = typeof p.title === 'string' && p.title ? p.title : `output.${target}`;

    const id = `conv_${key}_${target}`;
    let job = this.jobs.get(id);
    if (!job) {
      job = this.start(id, { key, url, filetype, target, title, verified: auth.verified, isAsync });
      this.jobs.set(id, job);
    }
    if (isAsync && (Date.now() < job.readyAt || !(job.file || job.error !== undefined))) return { percent: 0, endConvert: false };
    await job.done;
    // -4/-10 are reported once and then forgotten, so that the next identical request downloads again.
    if (job.error !== undefined && RETRYABLE.has(job.error) && this.jobs.get(id) === job) this.jobs.delete(id);
    return this.answer(job, publicBase);
  }

  private start(id: string, r: { key: string; url: string; filetype: string; target: string; title: string; verified: boolean; isAsync: boolean }): Job {
    const job: Job = { key: r.key, outputType: r.target, sourceUrl: r.url, readyAt: r.isAsync ? Date.now() + this.cfg.convertDelayMs : 0, downloads: [], done: Promise.resolve() };
    job.done = (async () => {
      const dl = await this.downloader.download({ url: r.url, verified: r.verified }, (a) => job.downloads.push(a));
      if (!dl.ok) {
        job.error = dl.failure === 'size' ? -10 : -4;
      } else {
        const forced = SIM_ERROR.exec(dl.bytes.subarray(0, 32).toString('latin1'));
        if (forced) job.error = Number(forced[1]);
        else job.file = await this.produce(id, dl.bytes, r);
      }
    })().catch(() => {
      job.error = -1;
    });
    return job;
  }

  private async produce(dir: string, source: Buffer, r: { filetype: string; target: string; title: string }): Promise<NonNullable<Job['file']>> {
    const lines = (await readText(source, r.filetype).catch(() => undefined)) ?? [`Converted from ${r.filetype}`];
    const bytes = await render(r.target, lines, r.title, r.filetype);
    const name = `output.${r.target}`;
    const downloadName = `${r.title.replace(/\.[^.]*$/, '')}.${r.target}`;
    this.cache.put('', dir, name, bytes, downloadName);
    return { dir, name, downloadName, fileType: r.target };
  }

  private answer(job: Job, publicBase: string): ConvertAnswer {
    if (job.error !== undefined || !job.file) return { error: job.error ?? -1 };
    // Links are re-signed per answer and built on the Host this request used (or publicUrl).
    const fileUrl = this.cache.link(this.cfg.publicUrl ?? publicBase, job.file.dir, job.file.name, job.file.downloadName);
    return { fileUrl, fileType: job.file.fileType, percent: 100, endConvert: true };
  }

  state(): ConversionState[] {
    return [...this.jobs.values()].map((j) => ({
      key: j.key,
      outputType: j.outputType,
      sourceUrl: j.sourceUrl,
      status: j.error !== undefined ? 'error' : j.file ? 'done' : 'running',
      error: j.error,
      downloads: j.downloads,
    }));
  }

  reset(): void {
    this.jobs.clear();
  }
}

/** XML form of an answer (legacy endpoint, or Accept preferring XML). */
export function toXml(a: ConvertAnswer): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const head = '<?xml version="1.0" encoding="utf-8"?>';
  if ('error' in a) return `${head}<FileResult><Error>${a.error}</Error></FileResult>`;
  if (!a.endConvert) return `${head}<FileResult><FileUrl></FileUrl><Percent>${a.percent}</Percent><EndConvert>False</EndConvert></FileResult>`;
  return `${head}<FileResult><FileUrl>${esc(a.fileUrl)}</FileUrl><FileType>${a.fileType}</FileType><Percent>100</Percent><EndConvert>True</EndConvert></FileResult>`;
}

/** /converter answers JSON unless Accept prefers XML; the legacy path answers XML unless Accept asks for JSON. */
export function wantsXml(req: IncomingMessage, legacy: boolean): boolean {
  const accept = String(req.headers.accept ?? '').toLowerCase();
  if (legacy) return !accept.includes('application/json');
  return accept.includes('xml') && !accept.includes('json');
}
