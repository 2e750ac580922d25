// What the editor does with a file the host hands it through insertImage, setRequestedDocument or
// setRequestedSpreadsheet (docs-api §2.4): with JWT on, the object's token must verify with the inbox secret and only
// what the token holds counts (as DS reads signed commands); then each URL is downloaded like document.url, with the
// outbox {payload:{url}} token. The editor page shows the result; tests read it from /__sim/state too.
import { SimConfig } from './config';
import { DownloadAttempt, Downloader } from './download';
import { verifyToken } from './jwt';

export const INSERT_METHODS = ['insertImage', 'setRequestedDocument', 'setRequestedSpreadsheet', 'setReferenceData', 'setReferenceSource'] as const;
/** Linked data between spreadsheets: the object also names the source ({path, referenceData}) for the formula. */
const REFERENCE_METHODS: readonly InsertMethod[] = ['setReferenceData', 'setReferenceSource'];
export type InsertMethod = (typeof INSERT_METHODS)[number];

export interface InsertedFile {
  fileType: string;
  url: string;
  bytes: number;
}

export interface InsertRecord {
  sessionId: string;
  method: InsertMethod;
  c: string | null;
  /** setReferenceData / setReferenceSource: the source as the editor will name it (from the token). */
  path?: string;
  referenceData?: Record<string, unknown>;
  at: string;
  ok: boolean;
  error?: string;
  files: InsertedFile[];
  downloads: DownloadAttempt[];
}

type Files = Array<{ fileType: string; url: string }>;

export class Inserts {
  private records: InsertRecord[] = [];

  constructor(private readonly cfg: SimConfig, private readonly downloader: Downloader) {}

  state(): InsertRecord[] {
    return this.records.map((r) => ({ ...r, files: [...r.files], downloads: [...r.downloads] }));
  }

  reset(): void {
    this.records = [];
  }

  async run(sessionId: string, method: InsertMethod, data: unknown): Promise<InsertRecord> {
    const record: InsertRecord = { sessionId, method, c: null, at: new Date().toISOString(), ok: false, files: [], downloads: [] };
    this.records.push(record);
    const fields = this.trusted(data);
    if (typeof fields === 'string') return fail(record, fields);
    record.c = typeof fields.c === 'string' ? fields.c : null;
    if (REFERENCE_METHODS.includes(method)) {
      // docs-api: path is required (the formula shows it); referenceData identifies the source from now on.
      if (typeof fields.path !== 'string' || !fields.path) return fail(record, 'path is required');
      record.path = fields.path;
      if (typeof fields.referenceData === 'object' && fields.referenceData !== null) record.referenceData = fields.referenceData as Record<string, unknown>;
    }
    const files = filesOf(method, fields);
    if (typeof files === 'string') return fail(record, files);
    for (const file of files) {
      const result = await this.downloader.download({ url: file.url, verified: !!this.cfg.secret }, (a) => record.downloads.push(a));
      if (!result.ok) return fail(record, `download failed: ${result.message}`);
      record.files.push({ fileType: file.fileType, url: file.url, bytes: result.bytes.length });
    }
    record.ok = true;
    return record;
  }

  /** With JWT on, the token's claims (without iat/exp); without, the plain object. An error text when refused. */
  private trusted(data: unknown): Record<string, unknown> | string {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'the method was called without an object';
    const object = data as Record<string, unknown>;
    if (!this.cfg.secret) return object;
    const verified = verifyToken(object.token, this.cfg.secret);
    if (!verified.ok) return `token ${verified.reason}`;
    const { iat: _iat, exp: _exp, nbf: _nbf, ...claims } = verified.claims;
    return claims;
  }
}

function fail(record: InsertRecord, error: string): InsertRecord {
  record.ok = false;
  record.error = error;
  return record;
}

function filesOf(method: InsertMethod, fields: Record<string, unknown>): Files | string {
  const candidates = method === 'insertImage' ? fields.images : [{ fileType: fields.fileType, url: fields.url }];
  if (!Array.isArray(candidates) || candidates.length === 0) return method === 'insertImage' ? 'no images' : 'no file';
  const files: Files = [];
  for (const c of candidates as Array<Record<string, unknown>>) {
    if (typeof c?.url !== 'string' || !/^https?:\/\//.test(c.url) || typeof c.fileType !== 'string' || !c.fileType) {
      return 'each file needs an absolute url and a fileType';
    }
    files.push({ fileType: c.fileType.toLowerCase(), url: c.url });
  }
  return files;
}
