// The editor's version history as DS serves it (docs-api §2.4): setHistoryData hands DS a signed object;
// DS downloads the version (`url`), the version before it (`previous.url`) and the change archive
// (`changesUrl`) from the host, each GET signed with an outbox {payload:{url}} token, and shows the version
// with the changes highlighted. The simulator's changes.zip holds changes.json: [{user:{id,name}, text}].
// Each change is also a point the user can restore: DS assembles the document as it was after that change and
// hands its cache link to onRequestRestore {version, url, fileType}.
import JSZip from 'jszip';
import { FileCache } from './cache';
import { SimConfig } from './config';
import { applyEdits, displayLines, textToParagraphs } from './documents';
import { DownloadAttempt, Downloader } from './download';
import { verifyToken } from './jwt';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export interface HistoryChange {
  user: { id: string; name: string };
  paragraphs: string[];
}

/** The document as it was right after one change of the list, in DS's cache. */
export interface HistoryPoint {
  url: string;
  fileType: string;
  user: { id: string; name: string };
}

export type HistoryView =
  | { ok: true; version: number; key: string; paragraphs: string[]; previousParagraphs?: string[]; changes?: HistoryChange[]; changesError?: string; points?: HistoryPoint[] }
  | { ok: false; errorCode: number; errorDescription: string };

export class HistoryViewer {
  /** Every download made for history views, for tests (what was fetched, signed or not). */
  readonly downloads: DownloadAttempt[] = [];

  private views = 0;

  constructor(private readonly cfg: SimConfig, private readonly downloader: Downloader, private readonly cache: FileCache) {}

  /** `base` is this server's address as the browser reached it (for the points' cache links). */
  async view(data: Obj, base = ''): Promise<HistoryView> {
    let signed = data;
    if (this.cfg.secret) {
      const v = verifyToken(data.token, this.cfg.secret);
      if (!v.ok) return { ok: false, errorCode: v.reason === 'expired' ? -21 : -20, errorDescription: `The history data token is ${v.reason}` };
      signed = v.claims;
      for (const field of ['url', 'key', 'changesUrl']) {
        if (data[field] !== undefined && data[field] !== signed[field]) return { ok: false, errorCode: -20, errorDescription: `history data "${field}" differs from its token` };
      }
    }
    const url = str(signed.url);
    const key = str(signed.key);
    const version = Number(signed.version);
    const fileType = str(signed.fileType) ?? '';
    if (!url || !key || !Number.isInteger(version)) return { ok: false, errorCode: -1, errorDescription: 'history data lacks version, key or url' };
    const verified = !!this.cfg.secret;
    const file = await this.fetch(url, verified);
    if (!file) return { ok: false, errorCode: -4, errorDescription: 'Download failed' };
    const result: HistoryView = { ok: true, version, key, paragraphs: await displayLines(file, fileType) };
    const previous = obj(signed.previous);
    const previousUrl = str(previous.url);
    const previousType = str(previous.fileType) ?? fileType;
    let before: Buffer | undefined;
    if (previousUrl) {
      before = await this.fetch(previousUrl, verified);
      if (before) result.previousParagraphs = await displayLines(before, previousType);
    }
    const changesUrl = str(signed.changesUrl);
    if (changesUrl) {
      const archive = await this.fetch(changesUrl, verified);
      if (!archive) result.changesError = 'the change archive could not be downloaded';
      else {
        try {
          result.changes = await readChanges(archive);
        } catch (e) {
          result.changesError = `the change archive is damaged: ${(e as Error).message}`;
        }
      }
    }
    if (before && result.changes?.length) result.points = await this.points(before, previousType, result.changes, base);
    return result;
  }

  /** The previous version plus the changes up to each point, stored in the cache like DS's assembled files. */
  private async points(before: Buffer, fileType: string, changes: HistoryChange[], base: string): Promise<HistoryPoint[]> {
    const dir = `history_${++this.views}`;
    const points: HistoryPoint[] = [];
    for (let i = 0; i < changes.length; i++) {
      const assembled = await applyEdits(before, fileType, changes.slice(0, i + 1).flatMap((c) => c.paragraphs));
      const url = this.cache.put(this.cfg.publicUrl ?? base, dir, `point${i + 1}.${assembled.fileType}`, assembled.bytes);
      points.push({ url, fileType: assembled.fileType, user: changes[i].user });
    }
    return points;
  }

  reset(): void {
    this.downloads.length = 0;
  }

  private async fetch(url: string, verified: boolean): Promise<Buffer | undefined> {
    const r = await this.downloader.download({ url, verified }, (a) => this.downloads.push(a));
    return r.ok ? r.bytes : undefined;
  }
}

async function readChanges(archive: Buffer): Promise<HistoryChange[]> {
  const zip = await JSZip.loadAsync(archive);
  const entry = zip.file('changes.json');
  if (!entry) throw new Error('no changes.json');
  const list = JSON.parse(await entry.async('string')) as unknown;
  if (!Array.isArray(list)) throw new Error('changes.json is not a list');
  return list.map((item) => {
    const o = obj(item);
    const user = obj(o.user);
    return { user: { id: String(user.id ?? ''), name: String(user.name ?? '') }, paragraphs: textToParagraphs(String(o.text ?? '')) };
  });
}
