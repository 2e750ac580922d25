// DS's file cache and its nginx secure_link downloads: /cache/files/data/<dir>/<file>/<name>?md5&expires&filename.
// md5 = base64url(md5(expires + path + secret)); bad md5 -> 403, expired -> 410 (docs-api §4.2, §7).
import { createHash } from 'crypto';
import type { ServerResponse } from 'http';
import { SimConfig } from './config';
import { contentTypeFor } from './formats';
import { send, sendText } from './httpUtil';

const PREFIX = '/cache/files/data/';
/** DS's persistent store of files it could not deliver: forgotten/<key>/output.<ext> (docs-api §4.6). */
const FORGOTTEN_PREFIX = '/cache/files/forgotten/';

const FORGOTTEN_AREA = 'forgotten:';

/**
 * Faults the cache injects into downloads of results ("output.*" files), for fault-soak tests: each counter is the
 * number of next downloads that fail that way. A stall sends the headers and half the body, then nothing for
 * `stallMs` before the connection drops; wrong content is a 200 with an HTML error page instead of the file.
 */
export interface CacheFaults {
  errors: number;
  stalls: number;
  wrongContent: number;
  stallMs: number;
}

export const NO_FAULTS: CacheFaults = { errors: 0, stalls: 0, wrongContent: 0, stallMs: 30_000 };

export class FileCache {
  private readonly files = new Map<string, Buffer>(); // "<dir>/<file>" -> bytes
  readonly faults: CacheFaults = { ...NO_FAULTS };
  /** Result downloads served so far (faulty or not): lets a soak inject faults in proportion to traffic. */
  resultDownloads = 0;

  constructor(private readonly cfg: SimConfig) {}

  /** Stores bytes and returns a signed absolute link built on `base`. */
  put(base: string, dir: string, file: string, bytes: Buffer, downloadName = file): string {
    this.files.set(`${dir}/${file}`, bytes);
    return this.link(base, dir, file, downloadName);
  }

  /** Stores a forgotten file under forgotten/<key>/ and returns a signed link to it, as getForgotten answers. */
  putForgotten(base: string, key: string, file: string, bytes: Buffer): string {
    this.files.set(`${FORGOTTEN_AREA}${key}/${file}`, bytes);
    return this.link(base, key, file, file, FORGOTTEN_PREFIX);
  }

  deleteForgotten(key: string): void {
    for (const name of [...this.files.keys()]) if (name.startsWith(`${FORGOTTEN_AREA}${key}/`)) this.files.delete(name);
  }

  link(base: string, dir: string, file: string, downloadName = file, prefix = PREFIX): string {
    const path = `${prefix}${encodeURIComponent(dir)}/${encodeURIComponent(file)}/${encodeURIComponent(downloadName)}`;
    const expires = Math.floor(Date.now() / 1000) + this.cfg.cacheUrlTtlSec;
    const q = new URLSearchParams({ md5: this.sign(expires, path), expires: String(expires), filename: downloadName });
    return `${base}${path}?${q.toString()}`;
  }

  get(dir: string, file: string): Buffer | undefined {
    return this.files.get(`${dir}/${file}`);
  }

  clear(): void {
    this.files.clear();
    Object.assign(this.faults, NO_FAULTS);
    this.resultDownloads = 0;
  }

  static handles(pathname: string): boolean {
    return pathname.startsWith(PREFIX) || pathname.startsWith(FORGOTTEN_PREFIX);
  }

  serve(url: URL, res: ServerResponse): void {
    const md5 = url.searchParams.get('md5') ?? '';
    const expires = Number(url.searchParams.get('expires'));
    if (!Number.isInteger(expires) || md5 !== this.sign(expires, url.pathname)) return sendText(res, 403, '403 Forbidden');
    if (expires < Date.now() / 1000) return sendText(res, 410, '410 Gone');
    const forgotten = url.pathname.startsWith(FORGOTTEN_PREFIX);
    const parts = url.pathname.slice((forgotten ? FORGOTTEN_PREFIX : PREFIX).length).split('/').map(decodeURIComponent);
    const bytes = parts.length === 3 ? this.get((forgotten ? FORGOTTEN_AREA : '') + parts[0], parts[1]) : undefined;
    if (!bytes) return sendText(res, 404, '404 Not Found');
    const name = url.searchParams.get('filename') || parts[2];
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
    if (parts[1].startsWith('output.')) {
      this.resultDownloads++;
      if (this.injectFault(res, bytes, contentTypeFor(ext))) return;
    }
    send(res, 200, contentTypeFor(ext), bytes, { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` });
  }

  /** Answers with the next injected fault, if any is due. */
  private injectFault(res: ServerResponse, bytes: Buffer, contentType: string): boolean {
    const f = this.faults;
    if (f.errors > 0) {
      f.errors--;
      sendText(res, 502, '502 Bad Gateway');
      return true;
    }
    if (f.wrongContent > 0) {
      f.wrongContent--;
      send(res, 200, contentType, Buffer.from('<html><body><h1>500 Internal Server Error</h1></body></html>'));
      return true;
    }
    if (f.stalls > 0) {
      f.stalls--;
      res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': String(bytes.length) });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      const timer = setTimeout(() => res.destroy(), f.stallMs);
      res.on('close', () => clearTimeout(timer));
      return true;
    }
    return false;
  }

  private sign(expires: number, path: string): string {
    return createHash('md5').update(`${expires}${path}${this.cfg.cacheSecret}`).digest('base64url');
  }
}
