// Makes sure the Java side of the dev host is built and knows its class path.
import { spawn } from 'child_process';
import fs from 'fs';
import path from 'path';

export const repoRoot = path.resolve(__dirname, '../..');
const target = path.join(repoRoot, 'target');

/** Files whose absence means the app (Java, filtered descriptor, webpack output) or the dev host is not built. */
const BUILD_OUTPUTS = [
  'target/classes/atlassian-plugin.xml',
  'target/test-classes/app/docsbridge/devhost/DevHost.class',
  'target/classes/META-INF/plugin-descriptors/wr-webpack-bundles.xml',
];

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Several jest workers may call this at once: a lock folder (mkdir is atomic) lets one build while the others
 * wait and then find everything in place.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(target, '.devhost-build.lock');
  fs.mkdirSync(target, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs;
      if (age > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed build
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const missingOutputs = () => BUILD_OUTPUTS.filter((f) => !fs.existsSync(path.join(repoRoot, f)));

/** Builds the app and the dev host when any build output is missing (it does not check for staleness). */
export async function ensureBuilt(): Promise<void> {
  if (missingOutputs().length === 0) return;
  await withBuildLock(async () => {
    const missing = missingOutputs();
    if (missing.length === 0) return;
    console.log(`[devhost] building (missing ${missing.join(', ')})`);
    await run('mvn', ['-q', '-Poffline', '-DskipTests', 'package', 'test-compile']);
  });
}

/** target/classes + target/test-classes + the test-scope dependencies (computed once per pom.xml change). */
export async function devHostClasspath(): Promise<string> {
  const file = path.join(target, 'devhost.classpath');
  const stale = () => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return !stat || stat.mtimeMs < fs.statSync(path.join(repoRoot, 'pom.xml')).mtimeMs;
  };
  if (stale()) {
    await withBuildLock(async () => {
      if (!stale()) return;
      const temp = `${file}.${process.pid}`;
      await run('mvn', ['-q', '-Poffline', 'dependency:build-classpath', '-Dmdep.includeScope=test', `-Dmdep.outputFile=${temp}`]);
      fs.renameSync(temp, file);
    });
  }
  const dependencies = fs.readFileSync(file, 'utf8').trim();
  return [path.join(target, 'classes'), path.join(target, 'test-classes'), dependencies].filter(Boolean).join(path.delimiter);
}

/** The Confluence line whose jar the dev host runs: 10 (jakarta, ee10; default) or 9 (javax, ee8). */
export type ConfluenceLine = 9 | 10;

export function confluenceLine(value: string | number | undefined = process.env.DEVHOST_CONFLUENCE): ConfluenceLine {
  return String(value ?? '10') === '9' ? 9 : 10;
}

/**
 * The class path for the Confluence 9 jar: the jar itself (app classes, descriptor, templates, i18n, web resources)
 * instead of target/classes, and the javax copy of the dev host that scripts/devhost-confluence9 makes (redone when
 * the dev host classes or the jar are newer than it).
 */
export async function devHost9Classpath(): Promise<string> {
  const dependencies = (await devHostClasspath()).split(path.delimiter).slice(2).join(path.delimiter);
  const jar = fs.readdirSync(target).find((f) => f.endsWith('-confluence9.jar'));
  if (!jar) throw new Error('target/*-confluence9.jar is missing: run bin/build (mvn -Poffline package)');
  const marker = path.join(target, 'devhost-confluence9', 'classes', 'app', 'docsbridge', 'devhost', 'DevHost.class');
  const sources = [path.join(target, 'test-classes', 'app', 'docsbridge', 'devhost', 'DevHost.class'), path.join(target, jar)];
  const stale = () => {
    const built = fs.statSync(marker, { throwIfNoEntry: false });
    return !built || sources.some((f) => fs.statSync(f).mtimeMs > built.mtimeMs);
  };
  if (stale()) {
    await withBuildLock(async () => {
      if (stale()) await run('bash', ['scripts/devhost-confluence9', dependencies]);
    });
  }
  const out = path.join(target, 'devhost-confluence9');
  return [path.join(target, jar), path.join(out, 'classes'), path.join(out, 'stubs'), dependencies].join(path.delimiter);
}
