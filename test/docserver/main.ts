// CLI: starts the simulator from environment variables and runs until SIGTERM/SIGINT.
//   DOCSIM_PORT (8091), DOCSIM_SECRET ("devhost-secret"; empty = JWT off), DOCSIM_JWT_HEADER,
//   DOCSIM_SAVE_DELAY_MS (1000), DOCSIM_BACKOFF_MS, DOCSIM_PUBLIC_URL, DOCSIM_ALLOW_PRIVATE_IP.
import { startDocServer } from './server';

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const server = await startDocServer({
    port: intFromEnv('DOCSIM_PORT') ?? 8091,
    secret: process.env.DOCSIM_SECRET ?? 'devhost-secret',
    jwtHeader: process.env.DOCSIM_JWT_HEADER || undefined,
    saveDelayMs: intFromEnv('DOCSIM_SAVE_DELAY_MS') ?? 1000,
    callbackBackoffMs: intFromEnv('DOCSIM_BACKOFF_MS'),
    publicUrl: process.env.DOCSIM_PUBLIC_URL || undefined,
    allowPrivateIP: process.env.DOCSIM_ALLOW_PRIVATE_IP === 'true',
  });
  console.log(`docserver listening on http://127.0.0.1:${server.port}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e: Error) => {
  console.error(`docserver failed to start: ${e.message}`);
  process.exit(1);
});
