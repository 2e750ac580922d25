// Test-control endpoints under /__sim/ (not part of DS): the editor page's backend, plus state and reset.
import type { IncomingMessage, ServerResponse } from 'http';
import type { CacheFaults } from './cache';
import { SimConfig } from './config';
import { HttpError, readJsonObject, requestBase, sendJson } from './httpUtil';
import { INSERT_METHODS, InsertMethod, Inserts } from './inserts';
import { HistoryViewer } from './history';
import { checkOpen } from './openAuth';
import { SaveCopies } from './saveAs';
import { SessionStore, UnknownSessionError } from './sessions';

export interface SimRouteDeps {
  cfg: SimConfig;
  sessions: SessionStore;
  history: HistoryViewer;
  serverUrl: () => string;
  state: () => unknown;
  reset: () => void;
  cacheFaults: CacheFaults;
  resultDownloads: () => number;
  inserts: Inserts;
  saveCopies: SaveCopies;
}

export async function handleSim(req: IncomingMessage, res: ServerResponse, url: URL, d: SimRouteDeps): Promise<void> {
  const route = `${req.method} ${url.pathname}`;
  try {
    switch (route) {
      case 'POST /__sim/open':
        return await open(req, res, d);
      case 'POST /__sim/edit': {
        const b = await readJsonObject(req);
        if (typeof b.text !== 'string') throw new HttpError(400, '"text" must be a string');
        const r = d.sessions.edit(sessionIdOf(b), b.text);
        return sendJson(res, r.ok ? 200 : 409, r);
      }
      case 'POST /__sim/close': {
        const b = await readJsonObject(req);
        if (b.text !== undefined && typeof b.text !== 'string') throw new HttpError(400, '"text" must be a string');
        return sendJson(res, 200, d.sessions.close(sessionIdOf(b), b.text as string | undefined));
      }
      case 'POST /__sim/save': {
        const error = d.sessions.pressSave(sessionIdOf(await readJsonObject(req)));
        return sendJson(res, error ? 409 : 200, { ok: !error, error });
      }
      case 'POST /__sim/insert':
        return await insert(req, res, d);
      case 'POST /__sim/save-as': {
        // The editor's "Save copy as": the converted copy in the cache, for the frame to pass to onRequestSaveAs.
        const b = await readJsonObject(req);
        if (typeof b.fileType !== 'string' || !b.fileType) throw new HttpError(400, '"fileType" is required');
        const answer = await d.saveCopies.run(sessionIdOf(b), b.fileType, requestBase(req, d.serverUrl()));
        return sendJson(res, answer.ok ? 200 : 422, answer);
      }
      case 'GET /__sim/session':
        return sendJson(res, 200, { ok: true, view: d.sessions.view(sessionIdOf({ sessionId: url.searchParams.get('sessionId') })) });
      case 'POST /__sim/history-data': {
        const b = await readJsonObject(req);
        if (typeof b.data !== 'object' || b.data === null || Array.isArray(b.data)) throw new HttpError(400, '"data" must be an object');
        const view = await d.history.view(b.data as Record<string, unknown>, requestBase(req, d.serverUrl()));
        return sendJson(res, view.ok ? 200 : 403, view);
      }
      case 'GET /__sim/state':
        return sendJson(res, 200, d.state());
      case 'GET /__sim/faults':
        return sendJson(res, 200, { ok: true, faults: d.cacheFaults, resultDownloads: d.resultDownloads() });
      case 'POST /__sim/faults': {
        const b = await readJsonObject(req);
        for (const name of ['errors', 'stalls', 'wrongContent', 'stallMs'] as const) {
          const value = b[name];
          if (value === undefined) continue;
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new HttpError(400, `"${name}" must be a whole number >= 0`);
          d.cacheFaults[name] = value;
        }
        return sendJson(res, 200, { ok: true, faults: d.cacheFaults });
      }
      case 'POST /__sim/reset':
        d.reset();
        return sendJson(res, 200, { ok: true });
      default:
        throw new HttpError(404, `unknown simulator route ${route}`);
    }
  } catch (e) {
    if (e instanceof UnknownSessionError) return sendJson(res, 404, { ok: false, error: e.message });
    throw e;
  }
}

async function open(req: IncomingMessage, res: ServerResponse, d: SimRouteDeps): Promise<void> {
  const b = await readJsonObject(req);
  const config = b.config;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new HttpError(400, '"config" must be an object');
  const cfgObj = config as Record<string, unknown>;
  const doc = cfgObj.document as Record<string, unknown> | undefined;
  const token = b.token ?? cfgObj.token ?? doc?.token;
  const check = checkOpen(cfgObj, token, d.cfg);
  if (!check.ok) return sendJson(res, 403, check);
  const r = await d.sessions.open(check.open, requestBase(req, d.serverUrl()));
  if (!r.ok) return sendJson(res, r.refreshFile ? 409 : 502, r);
  return sendJson(res, 200, { ...r, view: d.sessions.view(r.sessionId) });
}

/** The editor received insertImage / setRequestedDocument / setRequestedSpreadsheet from the host page. */
async function insert(req: IncomingMessage, res: ServerResponse, d: SimRouteDeps): Promise<void> {
  const b = await readJsonObject(req);
  const sessionId = sessionIdOf(b);
  if (typeof b.method !== 'string' || !(INSERT_METHODS as readonly string[]).includes(b.method)) {
    throw new HttpError(400, `"method" must be one of ${INSERT_METHODS.join(', ')}`);
  }
  const view = d.sessions.view(sessionId);
  if (view.mode !== 'edit' || !view.open) return sendJson(res, 409, { ok: false, error: 'this session is read-only' });
  const record = await d.inserts.run(sessionId, b.method as InsertMethod, b.data);
  return sendJson(res, record.ok ? 200 : 422, record);
}

function sessionIdOf(b: Record<string, unknown>): string {
  if (typeof b.sessionId !== 'string' || !b.sessionId) throw new HttpError(400, '"sessionId" is required');
  return b.sessionId;
}
