import fs from 'fs';
import path from 'path';
import { startDocServer } from '../../docserver/server';
import { ensureBuilt, startDevHost } from '../../devhost/start';
import { devhostLogFile, environmentFile, type E2eEnvironment } from './environment';

const DOCS_SECRET = 'e2e-secret-7f3b9c1d4e5a';
const JWT_HEADER = 'AuthorizationJwt';

// Starts the Document Server simulator and the dev host once for all browser tests.
export default async function globalSetup(): Promise<void> {
  await ensureBuilt();
  const docs = await startDocServer({
    port: Number(process.env.E2E_DOCSIM_PORT ?? 18091),
    secret: DOCS_SECRET,
    jwtHeader: JWT_HEADER,
    saveDelayMs: 300,
    callbackBackoffMs: 200,
    downloadDelayMs: 100,
  });
  const devhost = await startDevHost({
    port: Number(process.env.E2E_DEVHOST_PORT ?? 18090),
    docsUrl: docs.url,
    docsSecret: DOCS_SECRET,
    jwtHeader: JWT_HEADER,
    quiet: true,
    // Read by the failure reporter: a failed test prints what the dev host logged meanwhile.
    logFile: devhostLogFile,
    // Two app nodes, as in Data Center: the Docs server's callbacks alternate between them.
    nodes: 2,
    // E2E_CONFLUENCE=9: the Confluence 9 jar on the dev host's ee8 (javax) environment.
    confluence: process.env.E2E_CONFLUENCE === '9' ? 9 : 10,
  });
  const env: E2eEnvironment = { devhostUrl: devhost.url, nodeUrls: devhost.nodeUrls, docsUrl: docs.url, docsSecret: DOCS_SECRET, jwtHeader: JWT_HEADER };
  fs.mkdirSync(path.dirname(environmentFile), { recursive: true });
  fs.writeFileSync(environmentFile, JSON.stringify(env, null, 2));
  (globalThis as Record<string, unknown>).__e2eServers = { docs, devhost };
}
