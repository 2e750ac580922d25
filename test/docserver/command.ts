// The command service (docs-api §6): /command and /coauthoring/CommandService.ashx.
import type { IncomingMessage } from 'http';
import { SimConfig } from './config';
import { inboundParams } from './jwt';
import { SessionStore } from './sessions';

export type CommandAnswer = { key?: string; error: number } & Record<string, unknown>;

export async function runCommand(body: Record<string, unknown>, req: IncomingMessage, cfg: SimConfig, sessions: SessionStore, publicBase = ''): Promise<CommandAnswer> {
  const auth = inboundParams(body, req.headers, cfg.secret, cfg.jwtHeader);
  if (!auth.ok) return { error: auth.reason === 'expired' ? 7 : 6 };
  const p = auth.params;
  const key = typeof p.key === 'string' ? p.key : undefined;
  const withKey = (error: number, extra: Record<string, unknown> = {}): CommandAnswer => ({ ...(p.key !== undefined ? { key: p.key as string } : {}), error, ...extra });
  const userdata = typeof p.userdata === 'string' ? p.userdata : undefined;

  switch (p.c) {
    case 'version':
      return { error: 0, version: cfg.version };
    case 'license':
      return {
        error: 0,
        license: { end_date: null, trial: false, customization: false, light: false, mode: 0, users_count: 0, connections: 20 },
        server: { resultType: 3, packageType: 0, buildDate: '2026-03-29T00:00:00.000Z', buildVersion: cfg.version.split('.').slice(0, 3).join('.'), buildNumber: Number(cfg.version.split('.')[3] ?? 0) },
        quota: { users: [], users_view: [] },
      };
    case 'info': {
      if (!key) return withKey(1);
      const r = await sessions.info(key, userdata);
      return r.error ? withKey(r.error) : withKey(0, { users: r.users });
    }
    case 'forcesave':
      return withKey(key ? sessions.forcesave(key, userdata, 0) : 1);
    case 'drop': {
      if (!key) return withKey(1);
      const users = Array.isArray(p.users) ? p.users.map(String) : undefined;
      return withKey(sessions.drop(key, users) ? 0 : 1);
    }
    case 'meta': {
      if (!key) return withKey(1);
      const meta = p.meta as { title?: unknown } | undefined;
      if (typeof meta !== 'object' || meta === null) return withKey(5);
      return withKey(sessions.rename(key, typeof meta.title === 'string' ? meta.title : '') ? 0 : 1);
    }
    case 'saved':
      return withKey(key ? 0 : 1);
    case 'getForgotten': {
      const url = key ? sessions.forgottenUrl(key, publicBase) : undefined;
      return url ? withKey(0, { url }) : withKey(1);
    }
    case 'getForgottenList':
      return { error: 0, keys: sessions.forgottenKeys() };
    case 'deleteForgotten':
      return withKey(key && sessions.deleteForgotten(key) ? 0 : 1);
    default:
      return withKey(5);
  }
}
