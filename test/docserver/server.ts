// ONLYOFFICE Docs simulator: wiring and routing. Public API: startDocServer(options) -> DocServer.
import http from 'http';
import type { AddressInfo } from 'net';
import { apiJs, API_JS_PATH } from './apiJs';
import { FileCache } from './cache';
import { SaveCopies } from './saveAs';
import { CallbackClient } from './callbacks';
import { runCommand } from './command';
import { DocServerOptions, resolveConfig, SimConfig } from './config';
import { Converter, ConversionState, toXml, wantsXml } from './converter';
import { DownloadAttempt, Downloader } from './download';
import { HistoryViewer } from './history';
import { EDITOR_PATH, editorPage, editorScript, linksScript, peopleScript } from './editorPage';
import { formatsJson } from './formats';
import { HttpError, readJsonObject, requestBase, send, sendJson, sendText } from './httpUtil';
import { SessionStore } from './sessions';
import type { SessionState } from './sessionTypes';
import { Inserts, type InsertRecord } from './inserts';
import { handleSim } from './simRoutes';
import { Timers } from './timers';

export type { DocServerOptions } from './config';
export type { SessionState } from './sessionTypes';
export type { CallbackAttempt } from './callbacks';
export type { DownloadAttempt } from './download';

export interface SimState {
  version: string;
  jwt: boolean;
  sessions: SessionState[];
  conversions: ConversionState[];
  /** Files handed to editors with insertImage / setRequestedDocument / setRequestedSpreadsheet. */
  inserts: InsertRecord[];
  /** Downloads made to show history versions (version, previous, changes archive). */
  historyDownloads: DownloadAttempt[];
}

export interface DocServer {
  url: string;
  port: number;
  close(): Promise<void>;
  state(): SimState;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void> | void;

export async function startDocServer(opts: DocServerOptions = {}): Promise<DocServer> {
  const cfg = resolveConfig(opts);
  const timers = new Timers();
  const cache = new FileCache(cfg);
  const downloader = new Downloader(cfg, timers);
  const sessions = new SessionStore(cfg, cache, new CallbackClient(cfg, timers), downloader, timers);
  const converter = new Converter(cfg, cache, downloader);
  const history = new HistoryViewer(cfg, downloader, cache);
  const inserts = new Inserts(cfg, downloader);
  const saveCopies = new SaveCopies(cfg, cache, sessions);
  let serverUrl = '';

  const state = (): SimState => ({ version: cfg.version, jwt: !!cfg.secret, sessions: sessions.state(), conversions: converter.state(), historyDownloads: history.downloads, inserts: inserts.state() });
  const reset = () => {
    timers.cancelAll();
    sessions.reset();
    converter.reset();
    inserts.reset();
    history.reset();
    cache.clear();
  };
  const base = (req: http.IncomingMessage) => requestBase(req, serverUrl);

  const routes: Record<string, Partial<Record<string, Handler>>> = {
    '/healthcheck': { GET: (_q, res) => sendText(res, 200, 'true') },
    [API_JS_PATH]: { GET: (req, res) => send(res, 200, 'application/javascript; charset=utf-8', apiJs(cfg.version, cfg.publicUrl ?? base(req))) },
    '/web-apps/apps/api/documents/preload.html': { GET: (_q, res) => sendText(res, 200, '<!DOCTYPE html><title>preload</title>', 'text/html; charset=utf-8') },
    '/command': { POST: (req, res) => command(req, res, cfg, sessions, base(req)) },
    '/coauthoring/CommandService.ashx': {
      GET: (req, res, u) => command(req, res, cfg, sessions, base(req), u),
      POST: (req, res) => command(req, res, cfg, sessions, base(req)),
    },
    '/converter': { POST: (req, res) => convert(req, res, converter, base(req), false) },
    '/ConvertService.ashx': {
      GET: (req, res, u) => convert(req, res, converter, base(req), true, u),
      POST: (req, res) => convert(req, res, converter, base(req), true),
    },
    '/meta/formats': { GET: (_q, res) => sendJson(res, 200, formatsJson) },
    '/meta/config': { GET: (_q, res) => sendJson(res, 200, metaConfig(cfg)) },
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sim.invalid');
      const method = req.method ?? 'GET';
      try {
        if (url.pathname.startsWith('/__sim/')) {
          return await handleSim(req, res, url, { cfg, sessions, history, serverUrl: () => serverUrl, state, reset, cacheFaults: cache.faults, resultDownloads: () => cache.resultDownloads, inserts, saveCopies });
        }
        if (FileCache.handles(url.pathname)) {
          if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
          return cache.serve(url, res);
        }
        const editor = EDITOR_PATH.exec(url.pathname);
        if (editor) {
          if (method !== 'GET') throw new HttpError(405, 'method not allowed');
          if (editor[3] === 'sim-editor.js') return send(res, 200, 'application/javascript; charset=utf-8', editorScript);
          if (editor[3] === 'sim-people.js') return send(res, 200, 'application/javascript; charset=utf-8', peopleScript);
          if (editor[3] === 'sim-links.js') return send(res, 200, 'application/javascript; charset=utf-8', linksScript);
          return send(res, 200, 'text/html; charset=utf-8', editorPage(editor[1]));
        }
        const route = routes[url.pathname];
        if (!route) throw new HttpError(404, `no such route: ${method} ${url.pathname}`);
        const handler = route[method];
        if (!handler) throw new HttpError(405, `${method} is not allowed on ${url.pathname}`);
        await handler(req, res, url);
      } catch (e) {
        if (res.headersSent) return void res.destroy();
        if (e instanceof HttpError) return sendJson(res, e.status, { error: e.message });
        sendJson(res, 500, { error: (e as Error).message });
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.port, cfg.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  serverUrl = `http://${cfg.host.includes(':') ? `[${cfg.host}]` : cfg.host}:${port}`;

  return {
    url: cfg.publicUrl ?? serverUrl,
    port,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        timers.shutdown(); // also aborts callbacks and downloads in flight
        reset();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function command(req: http.IncomingMessage, res: http.ServerResponse, cfg: SimConfig, sessions: SessionStore, publicBase: string, query?: URL): Promise<void> {
  const body = query ? Object.fromEntries(query.searchParams) : await readJsonObject(req);
  sendJson(res, 200, await runCommand(body, req, cfg, sessions, publicBase));
}

async function convert(req: http.IncomingMessage, res: http.ServerResponse, converter: Converter, publicBase: string, legacy: boolean, query?: URL): Promise<void> {
  const body = query ? Object.fromEntries(query.searchParams) : await readJsonObject(req);
  const answer = await converter.convert(body, req, publicBase);
  if (wantsXml(req, legacy)) send(res, 200, 'application/xml; charset=utf-8', toXml(answer));
  else sendJson(res, 200, answer);
}

function metaConfig(cfg: SimConfig) {
  return {
    authorization: { header: cfg.jwtHeader, prefix: 'Bearer ' },
    urls: { api: API_JS_PATH, command: '/command', converter: '/converter', docbuilder: '/docbuilder' },
    limits: { maxFileSize: cfg.maxDownloadBytes },
    langs: ['en'],
  };
}
