// Starts the Java dev host as a child process and stops it again.
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { confluenceLine, devHost9Classpath, devHostClasspath, repoRoot, type ConfluenceLine } from './build';

export interface DevHostOptions {
  port?: number; // default DEVHOST_PORT or 8090; 0 picks a free port
  docsUrl?: string; // seeds setting docsUrl
  docsInternalUrl?: string; // seeds setting docsInternalUrl
  docsSecret?: string | null; // seeds setting jwtSecret; null or absent: none
  jwtHeader?: string; // seeds setting jwtHeader
  heapMb?: number; // -Xmx
  quiet?: boolean; // hide the dev host's output (still shown if it fails to start)
  logFile?: string; // also append all of the dev host's output to this file (the e2e failure reporter shows its tail)
  // Beyond the basic contract:
  dataDir?: string; // default target/devhost-data/<port> (ephemeral ports: a fresh folder, removed on stop)
  keepData?: boolean; // DEVHOST_KEEP_DATA=1: keep the previous run's attachments
  strict?: boolean; // DEVHOST_STRICT=1: any module that cannot be wired fails the start
  extraDescriptors?: string[]; // DEVHOST_EXTRA_DESCRIPTORS: more module XML files (test fixtures)
  baseUrl?: string; // DEVHOST_BASE_URL
  nodes?: 1 | 2; // DEVHOST_NODES: app nodes over one in-memory Confluence (Data Center)
  node2Port?: number; // DEVHOST_NODE2_PORT: node 2's port (default: any free port)
  confluence?: ConfluenceLine; // DEVHOST_CONFLUENCE: run the Confluence 10 app (default) or the Confluence 9 jar on ee8
}

export interface RunningDevHost {
  url: string; // http://127.0.0.1:PORT/confluence
  port: number;
  nodeUrls: string[]; // each app node's own address, node 1 (= url unless baseUrl is set) first
  stop(): Promise<void>;
}

const READY = /^DEVHOST_READY (\S+)/m;
const NODES = /^DEVHOST_NODES (.+)$/m;
const START_TIMEOUT_MS = 60_000;
let ephemeralCount = 0;

export async function startDevHost(opts: DevHostOptions = {}): Promise<RunningDevHost> {
  const port = opts.port ?? Number(process.env.DEVHOST_PORT ?? 8090);
  let dataDir = opts.dataDir;
  const ownsDataDir = dataDir === undefined && port === 0;
  if (ownsDataDir) dataDir = path.join(repoRoot, 'target', 'devhost-data', `ephemeral-${process.pid}-${++ephemeralCount}`);

  const env: NodeJS.ProcessEnv = { ...process.env, DEVHOST_PORT: String(port), DEVHOST_EXIT_WITH_STDIN: '1' };
  // Only what the caller asked for: settings must not leak in from the caller's environment.
  for (const name of ['DOCS_URL', 'DOCS_INTERNAL_URL', 'DOCS_SECRET', 'DOCS_JWT_HEADER', 'DEVHOST_DATA_DIR', 'DEVHOST_KEEP_DATA',
    'DEVHOST_STRICT', 'DEVHOST_EXTRA_DESCRIPTORS', 'DEVHOST_BASE_URL', 'DEVHOST_NODES', 'DEVHOST_NODE2_PORT']) delete env[name];
  const set = (name: string, value: string | null | undefined) => {
    if (value !== undefined && value !== null && value !== '') env[name] = value;
  };
  set('DOCS_URL', opts.docsUrl);
  set('DOCS_INTERNAL_URL', opts.docsInternalUrl);
  set('DOCS_SECRET', opts.docsSecret);
  set('DOCS_JWT_HEADER', opts.jwtHeader);
  set('DEVHOST_DATA_DIR', dataDir);
  set('DEVHOST_KEEP_DATA', opts.keepData ? '1' : undefined);
  set('DEVHOST_STRICT', opts.strict ? '1' : undefined);
  set('DEVHOST_EXTRA_DESCRIPTORS', opts.extraDescriptors?.map((f) => path.resolve(f)).join(path.delimiter));
  set('DEVHOST_BASE_URL', opts.baseUrl);
  set('DEVHOST_NODES', opts.nodes ? String(opts.nodes) : undefined);
  set('DEVHOST_NODE2_PORT', opts.node2Port !== undefined ? String(opts.node2Port) : undefined);

  const line = opts.confluence ?? confluenceLine();
  const classpath = line === 9 ? await devHost9Classpath() : await devHostClasspath();
  const args = [...(opts.heapMb ? [`-Xmx${opts.heapMb}m`] : []), '-cp', classpath, 'app.docsbridge.devhost.DevHost'];
  const child = spawn('java', args, { cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const log = opts.logFile ? openLog(opts.logFile) : undefined;
  const remember = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    output.push(chunk.toString());
    log?.write(chunk);
    if (output.length > 200) output.shift();
    if (!opts.quiet) stream.write(chunk);
  };
  child.stdout!.on('data', remember(process.stdout));
  child.stderr!.on('data', remember(process.stderr));

  let url: string;
  try {
    url = await waitForReady(child, output);
    await waitForHttp(`${url}/devhost/api/status`);
  } catch (e) {
    await terminate(child);
    throw new Error(`${(e as Error).message}\n--- dev host output ---\n${output.join('')}`);
  }
  const nodeUrls = NODES.exec(output.join(''))?.[1].split(' ') ?? [url];
  return {
    url,
    port: Number(new URL(url).port),
    nodeUrls,
    stop: async () => {
      await terminate(child);
      if (ownsDataDir) fs.rmSync(dataDir!, { recursive: true, force: true });
    },
  };
}

function openLog(file: string): fs.WriteStream {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return fs.createWriteStream(file, { flags: 'w' });
}

function waitForReady(child: ChildProcess, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the dev host did not start within 60 s')), START_TIMEOUT_MS);
    const check = () => {
      const ready = READY.exec(output.join(''));
      if (ready) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(ready[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the dev host exited with ${code} while starting`));
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

async function waitForHttp(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the dev host does not answer ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGTERM (Jetty stops gracefully), SIGKILL if it takes longer than 10 s. */
function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
