// `npm start`: the dev host plus (unless DOCS_URL is set) the Document Server simulator, until Ctrl-C.
// Imported by tests for its programmatic API; main() runs only when this file is executed directly.
import { startDocServer } from '../docserver/server';
import { ensureBuilt } from './build';
import { startDevHost, type RunningDevHost } from './launcher';

export { ensureBuilt } from './build';
export { startDevHost, type DevHostOptions, type RunningDevHost } from './launcher';

const USERS = ['admin', 'alice', 'bob', 'carol'];

async function main(): Promise<void> {
  await ensureBuilt();
  const env = process.env;
  const secret = env.DOCS_SECRET ?? 'devhost-secret';
  const jwtHeader = env.DOCS_JWT_HEADER;
  let docs: { url: string; close(): Promise<void> } | undefined;
  if (!env.DOCS_URL) {
    docs = await startDocServer({
      port: Number(env.DOCSIM_PORT ?? 8091),
      secret,
      jwtHeader,
      saveDelayMs: env.DOCSIM_SAVE_DELAY_MS ? Number(env.DOCSIM_SAVE_DELAY_MS) : undefined,
    });
  }
  let host: RunningDevHost;
  try {
    host = await startDevHost({
      port: Number(env.DEVHOST_PORT ?? 8090),
      docsUrl: env.DOCS_URL ?? docs!.url,
      docsInternalUrl: env.DOCS_INTERNAL_URL,
      docsSecret: env.DOCS_URL ? env.DOCS_SECRET : secret,
      jwtHeader,
      heapMb: env.DEVHOST_HEAP_MB ? Number(env.DEVHOST_HEAP_MB) : undefined,
      keepData: env.DEVHOST_KEEP_DATA === '1',
      strict: env.DEVHOST_STRICT === '1',
      baseUrl: env.DEVHOST_BASE_URL,
      nodes: env.DEVHOST_NODES === '2' ? 2 : undefined,
      node2Port: env.DEVHOST_NODE2_PORT ? Number(env.DEVHOST_NODE2_PORT) : undefined,
    });
  } catch (e) {
    await docs?.close();
    throw e;
  }

  const sample = (await (await fetch(`${host.url}/devhost/api/attachments`)).json()) as Array<{ id: number; fileName: string }>;
  const report = sample.find((a) => a.fileName === 'Report.docx');
  console.log(`
Confluence dev host      ${host.url}/${host.nodeUrls.length > 1 ? `
App nodes                ${host.nodeUrls.join('  ')}` : ''}
Document Server          ${env.DOCS_URL ?? `${docs!.url} (simulator)`}
Attachments of page 1001 ${host.url}/pages/viewpageattachments.action?pageId=1001
Sample editor            ${host.url}/plugins/servlet/onlyoffice/doceditor?attachmentId=${report?.id ?? 2001}
Sign in as               ${USERS.map((u) => `${host.url}/devhost/login?user=${u}`).join('\n                         ')}
Test API                 ${host.url}/devhost/api/attachments (see test/devhost/README.md)
Press Ctrl-C to stop.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.stop();
    await docs?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
