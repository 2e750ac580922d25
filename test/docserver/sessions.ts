// The document editing service: one session per key, shared by co-editors; join/leave callbacks,
// the save timer after the last editor leaves, forcesave and `info` (docs-api §1, §4, §6, §10).
import { randomUUID } from 'crypto';
import { FileCache } from './cache';
import { CallbackBody, CallbackClient } from './callbacks';
import { SimConfig } from './config';
import { displayLines } from './documents';
import { Downloader } from './download';
import { ERR_ACCESS_DENIED, ERR_DOWNLOAD, OpenRequest } from './openAuth';
import { editedConnections, typedParagraphs } from './results';
import { Saver } from './saving';
import { editorIds, hasChanges, openConnections } from './sessionQueries';
import { Connection, DocSession, Mode, SessionState } from './sessionTypes';
import { Timers } from './timers';

export type OpenResult =
  | { ok: true; sessionId: string; mode: Mode; warning?: string }
  | { ok: false; errorCode: number; errorDescription: string; refreshFile?: boolean };

export interface SessionView {
  sessionId: string;
  key: string;
  title: string;
  fileType: string;
  documentType: string;
  mode: Mode;
  open: boolean;
  user: { id: string; name: string };
  users: Array<{ id: string; name: string; mode: Mode }>;
  paragraphs: string[];
  text: string;
  canForcesave: boolean;
}

export class SessionStore {
  private readonly sessions = new Map<string, DocSession>();
  private readonly byConnection = new Map<string, DocSession>();
  private editSeq = 0;
  private readonly saver: Saver;

  constructor(
    private readonly cfg: SimConfig,
    private readonly cache: FileCache,
    callbacks: CallbackClient,
    private readonly downloader: Downloader,
    private readonly timers: Timers,
  ) {
    this.saver = new Saver(cfg, cache, callbacks);
  }

  // ---------- joining ----------

  async open(o: OpenRequest, publicBase: string): Promise<OpenResult> {
    let s = this.sessions.get(o.key);
    if (s && s.savedStatus === 'UpdateVersion') {
      const fresh = Date.now() - (s.savedAt ?? 0) < this.cfg.updateVersionStatusSec * 1000;
      if (fresh && o.mode === 'edit') {
        return { ok: false, refreshFile: true, errorCode: ERR_ACCESS_DENIED, errorDescription: 'The file version has been changed' };
      }
      if (!fresh && !openConnections(s).length) {
        this.forget(s); // after updateVersionStatus DS downloads from document.url again
        s = undefined;
      }
    }
    if (!s) s = this.create(o, publicBase);
    if (!(await this.ensureLoaded(s, o))) return { ok: false, errorCode: ERR_DOWNLOAD, errorDescription: 'Download failed' };

    const conn: Connection = {
      id: randomUUID(),
      userId: o.user.id,
      userName: o.user.name,
      mode: o.mode,
      open: true,
      forcesaveButton: o.forcesaveButton,
      callback: o.callbackUrl ? { url: o.callbackUrl, trusted: o.verified } : undefined,
      openedAt: new Date().toISOString(),
    };
    s.connections.set(conn.id, conn);
    this.byConnection.set(conn.id, s);
    if (conn.mode === 'edit') this.joinEditor(s, conn);
    return { ok: true, sessionId: conn.id, mode: conn.mode, warning: s.fromForgotten ? 'File not assembled' : undefined };
  }

  private create(o: OpenRequest, publicBase: string): DocSession {
    const s: DocSession = {
      key: o.key,
      url: o.url,
      fileType: o.fileType,
      title: o.title,
      documentType: o.documentType,
      base: null,
      baseLines: [],
      connections: new Map(),
      changeSeq: 0,
      forcesavedSeq: 0,
      callbackByUser: new Map(),
      savedStatus: 'None',
      fromForgotten: false,
      resultSeq: 0,
      publicBase: this.cfg.publicUrl ?? publicBase,
      callbacks: [],
      downloads: [],
    };
    this.sessions.set(o.key, s);
    return s;
  }

  /** First open of a key downloads document.url; later opens use the cached copy and ignore url. */
  private ensureLoaded(s: DocSession, o: OpenRequest): Promise<boolean> {
    if (s.base) return Promise.resolve(true);
    s.loading ??= (async () => {
      const r = await this.downloader.download({ url: s.url, verified: o.verified }, (a) => s.downloads.push(a));
      s.loading = undefined;
      if (!r.ok) return false;
      await this.setBase(s, r.bytes, s.fileType);
      return true;
    })();
    return s.loading;
  }

  private async setBase(s: DocSession, bytes: Buffer, fileType: string): Promise<void> {
    s.base = bytes;
    s.fileType = fileType;
    s.baseLines = await displayLines(bytes, fileType);
  }

  private joinEditor(s: DocSession, conn: Connection): void {
    this.timers.cancel(s.saveTimer); // an editor came back before the save delay ran out
    s.saveTimer = undefined;
    if (conn.callback) {
      s.callbackByUser.set(conn.userId, conn.callback);
      s.lastCallback = conn.callback;
    }
    this.post(s, conn, { key: s.key, status: 1, users: editorIds(s), actions: [{ type: 1, userid: conn.userId }] });
  }

  // ---------- typing ----------

  edit(sessionId: string, text: string): { ok: true } | { ok: false; error: string } {
    const { s, conn } = this.connection(sessionId);
    if (!conn.open) return { ok: false, error: 'session is closed' };
    if (conn.mode !== 'edit') return { ok: false, error: 'this session is read-only' };
    if ((conn.text ?? '') === text) return { ok: true }; // an empty box sent with the close beacon is no change
    conn.text = text;
    conn.firstEditSeq ??= ++this.editSeq;
    s.changeSeq++;
    s.lastChange = { userId: conn.userId, userName: conn.userName, at: new Date() };
    return { ok: true };
  }

  // ---------- leaving ----------

  close(sessionId: string, text?: string): { ok: true; alreadyClosed: boolean } {
    const { s, conn } = this.connection(sessionId);
    if (!conn.open) return { ok: true, alreadyClosed: true };
    if (text !== undefined && conn.mode === 'edit') this.edit(sessionId, text); // last keystrokes sent with the beacon
    conn.open = false;
    if (conn.mode === 'edit') this.leaveEditor(s, conn);
    return { ok: true, alreadyClosed: false };
  }

  /** `drop` command: the users lose edit rights but keep viewing (all editors when users is omitted). */
  drop(key: string, users?: string[]): boolean {
    const s = this.sessions.get(key);
    if (!s) return false;
    for (const conn of openConnections(s)) {
      if (conn.mode === 'edit' && (!users || users.includes(conn.userId))) {
        conn.mode = 'view';
        this.leaveEditor(s, conn);
      }
    }
    return true;
  }

  private leaveEditor(s: DocSession, conn: Connection): void {
    const remaining = editorIds(s);
    const action = [{ type: 0, userid: conn.userId }];
    if (remaining.length) {
      this.post(s, conn, { key: s.key, status: 1, users: remaining, actions: action });
    } else if (hasChanges(s) || s.fromForgotten) {
      this.timers.cancel(s.saveTimer);
      s.saveTimer = this.timers.after(this.cfg.saveDelayMs, () => {
        s.saveTimer = undefined;
        void this.finalSave(s, conn);
      });
    } else {
      this.post(s, conn, { key: s.key, status: 4, actions: action });
    }
  }

  /** After the save delay: status 2; success uses the key up, failure leaves a "forgotten" file. */
  private async finalSave(s: DocSession, leaver: Connection): Promise<void> {
    if (editorIds(s).length) return;
    s.savedStatus = 'SaveVersion';
    const { success, result } = await this.saver.mustSave(s, leaver);
    if (this.sessions.get(s.key) !== s) return; // reset meanwhile
    this.clearEdits(s);
    await this.setBase(s, result.bytes, result.filetype);
    if (success) {
      s.savedStatus = 'UpdateVersion';
      s.savedAt = Date.now();
      s.forgotten = undefined;
      s.fromForgotten = false;
    } else {
      // DS keeps the assembled file in its "forgotten" store; the next open of the key starts from it.
      s.savedStatus = 'None';
      s.forgotten = { bytes: result.bytes, fileType: result.filetype, url: result.url };
      s.fromForgotten = true;
    }
  }

  // ---------- commands ----------

  /** Returns the command error code: 0 ok, 1 unknown key, 4 nothing changed since the last forcesave. */
  forcesave(key: string, userdata: string | undefined, type: 0 | 1, presser?: Connection): number {
    const s = this.sessions.get(key);
    if (!s) return 1;
    if (!hasChanges(s) || s.changeSeq === s.forcesavedSeq || s.savedStatus === 'SaveVersion') return 4;
    s.forcesavedSeq = s.changeSeq;
    void this.saver.forceSave(s, type, userdata, presser); // the callback follows the command's answer
    return 0;
  }

  /** The Save button (customization.forcesave): forcesave type 1 for the presser. */
  pressSave(sessionId: string): number {
    const { s, conn } = this.connection(sessionId);
    if (!conn.open || conn.mode !== 'edit' || !conn.forcesaveButton) return 5;
    return this.forcesave(s.key, undefined, 1, conn);
  }

  /** `info`: a status 1 or 4 callback first, then the answer (docs-api §6 "Timing"). */
  async info(key: string, userdata?: string): Promise<{ error: number; users?: string[] }> {
    const s = this.sessions.get(key);
    if (!s) return { error: 1 };
    if (!s.lastCallback) return { error: 2 };
    const editors = editorIds(s);
    const body: CallbackBody = editors.length || hasChanges(s) ? { key, status: 1, users: editors } : { key, status: 4 };
    if (userdata !== undefined) body.userdata = userdata;
    await this.saver.send(s, s.lastCallback, body);
    return { error: 0, users: [...new Set(openConnections(s).map((c) => c.userId))] };
  }

  rename(key: string, title: string): boolean {
    const s = this.sessions.get(key);
    if (s) s.title = title;
    return !!s;
  }

  forgottenKeys(): string[] {
    return [...this.sessions.values()].filter((s) => s.forgotten).map((s) => s.key);
  }

  /** getForgotten: a signed link into the forgotten store, forgotten/<key>/output.<ext> (docs-api §4.6, §6). */
  forgottenUrl(key: string, publicBase: string): string | undefined {
    const s = this.sessions.get(key);
    if (!s?.forgotten) return undefined;
    return this.cache.putForgotten(this.cfg.publicUrl ?? publicBase, key, `output.${s.forgotten.fileType}`, s.forgotten.bytes);
  }

  /** deleteForgotten: the file is gone; the next open of the key starts from document.url again. */
  deleteForgotten(key: string): boolean {
    const s = this.sessions.get(key);
    if (!s?.forgotten) return false;
    s.forgotten = undefined;
    s.fromForgotten = false;
    this.cache.deleteForgotten(key);
    if (!openConnections(s).length) this.forget(s);
    return true;
  }

  /** The document of a connection as it is now (Save copy as): the file DS holds and every typed paragraph. */
  documentOf(sessionId: string): { key: string; title: string; fileType: string; documentType: string; base: Buffer | null; lines: string[]; paragraphs: string[] } {
    const { s } = this.connection(sessionId);
    return { key: s.key, title: s.title, fileType: s.fileType, documentType: s.documentType, base: s.base, lines: [...s.baseLines, ...typedParagraphs(s)], paragraphs: typedParagraphs(s) };
  }

  // ---------- views for the page and for tests ----------

  view(sessionId: string): SessionView {
    const { s, conn } = this.connection(sessionId);
    return {
      sessionId,
      key: s.key,
      title: s.title,
      fileType: s.fileType,
      documentType: s.documentType,
      mode: conn.mode,
      open: conn.open,
      user: { id: conn.userId, name: conn.userName },
      users: openConnections(s).map((c) => ({ id: c.userId, name: c.userName, mode: c.mode })),
      paragraphs: [...s.baseLines, ...typedParagraphs(s)],
      text: conn.text ?? '',
      canForcesave: conn.forcesaveButton && conn.mode === 'edit',
    };
  }

  state(): SessionState[] {
    return [...this.sessions.values()].map((s) => ({
      key: s.key,
      url: s.url,
      fileType: s.fileType,
      title: s.title,
      loaded: !!s.base,
      connections: openConnections(s).map((c) => ({ sessionId: c.id, userId: c.userId, userName: c.userName, mode: c.mode })),
      editors: editorIds(s),
      changed: hasChanges(s),
      changes: editedConnections(s).map((c) => ({ userId: c.userId, text: c.text ?? '' })),
      savedStatus: s.savedStatus,
      savePending: !!s.saveTimer,
      forgotten: !!s.forgotten,
      callbacks: s.callbacks,
      downloads: s.downloads,
    }));
  }

  reset(): void {
    for (const s of this.sessions.values()) this.timers.cancel(s.saveTimer);
    this.sessions.clear();
    this.byConnection.clear();
  }

  // ---------- helpers ----------

  private connection(sessionId: string): { s: DocSession; conn: Connection } {
    const s = this.byConnection.get(sessionId);
    const conn = s?.connections.get(sessionId);
    if (!s || !conn) throw new UnknownSessionError(sessionId);
    return { s, conn };
  }

  /** After a final save the typed texts are part of the file; closed connections stay known (close is idempotent). */
  private clearEdits(s: DocSession): void {
    for (const c of s.connections.values()) {
      c.text = undefined;
      c.firstEditSeq = undefined;
    }
    s.changeSeq = 0;
    s.forcesavedSeq = 0;
    s.lastChange = undefined;
  }

  private forget(s: DocSession): void {
    for (const id of s.connections.keys()) this.byConnection.delete(id);
    this.sessions.delete(s.key);
  }

  /** Status 1/4 callbacks: one attempt, not awaited; a failure only shows up in the log (DS warns the editors). */
  private post(s: DocSession, conn: Connection, body: CallbackBody): void {
    void this.saver.send(s, conn.callback, body);
  }
}

export class UnknownSessionError extends Error {
  constructor(sessionId: string) {
    super(`unknown sessionId ${sessionId}`);
  }
}
