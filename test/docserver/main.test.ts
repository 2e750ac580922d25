import { spawn } from 'child_process';
import { join } from 'path';

describe('CLI (main.ts)', () => {
  it('starts from env, prints the listening line, serves, and stops on SIGTERM', async () => {
    const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [join(__dirname, 'main.ts')], { env: { ...process.env, DOCSIM_PORT: '0', DOCSIM_SECRET: 'cli-secret' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let timer: NodeJS.Timeout | undefined;
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
        timer = setTimeout(() => reject(new Error('no output within 15 s')), 15000);
      }).finally(() => clearTimeout(timer));
      expect(line).toMatch(/^docserver listening on http:\/\/127\.0\.0\.1:\d+$/);
      const url = line.slice('docserver listening on '.length);
      expect(await (await fetch(`${url}/healthcheck`)).text()).toBe('true');
      // JWT is on with the given secret: an unsigned command is refused.
      const r = await fetch(`${url}/command`, { method: 'POST', body: '{"c":"version"}' });
      expect(await r.json()).toEqual({ error: 6 });
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 20000);
});
