import { FileCache } from './cache';
import { resolveConfig } from './config';
import { startDocServer, DocServer } from './server';
import { closeEditor, FakeHost, fetchBytes, makeConfig, openEditor, SAMPLE_DOCX, SECRET, typeText, waitFor } from './testkit';

describe('signed /cache/files links (docs-api §4.2)', () => {
  let ds: DocServer;
  let host: FakeHost;
  let link: string;

  async function saveOnce(server: DocServer, callback: string): Promise<string> {
    const r = await openEditor(server, makeConfig(host, { callback }));
    await typeText(server, r.json.sessionId, 'cached');
    await closeEditor(server, r.json.sessionId);
    const cb = await waitFor(() => host.callbacks(callback).find((c) => c.json?.status === 2));
    return String(cb.json!.url);
  }

  beforeAll(async () => {
    host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    ds = await startDocServer({ secret: SECRET, saveDelayMs: 10 });
    link = await saveOnce(ds, 'first');
  });
  afterAll(async () => {
    await ds.close();
    await host.close();
  });

  it('serves the file with Content-Length and a download name', async () => {
    const r = await fetchBytes(link);
    expect(r.status).toBe(200);
    expect(Number(r.headers.get('content-length'))).toBe(r.bytes.length);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.headers.get('content-disposition')).toContain('output.docx');
    expect(r.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers 403 when the md5 does not match', async () => {
    const u = new URL(link);
    u.searchParams.set('md5', 'AAAAAAAAAAAAAAAAAAAAAA');
    expect((await fetch(u)).status).toBe(403);
  });

  it('answers 403 when expires was tampered with (it is part of the signature)', async () => {
    const u = new URL(link);
    u.searchParams.set('expires', String(Number(u.searchParams.get('expires')) + 1000));
    expect((await fetch(u)).status).toBe(403);
  });

  it('answers 403 for a link to another path with a valid signature of this one', async () => {
    expect((await fetch(link.replace('output.docx/output.docx', 'output.docx/other.docx'))).status).toBe(403);
  });

  it('answers 410 once the link has expired', async () => {
    const expired = await startDocServer({ secret: SECRET, saveDelayMs: 10, cacheUrlTtlSec: -5 });
    try {
      const old = await saveOnce(expired, 'expired');
      expect(old.startsWith(expired.url)).toBe(true);
      expect((await fetch(old)).status).toBe(410);
    } finally {
      await expired.close();
    }
  });

  it('counts result downloads, faulty or not, so a soak can inject faults in proportion to traffic', async () => {
    const count = async () => ((await (await fetch(`${ds.url}/__sim/faults`)).json()) as { resultDownloads: number }).resultDownloads;
    const before = await count();
    expect((await fetchBytes(link)).status).toBe(200);
    await fetch(`${ds.url}/__sim/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ errors: 1 }) });
    expect((await fetchBytes(link)).status).toBe(502);
    expect(await count()).toBe(before + 2);
  });

  it('signs with a per-process secret, so links of one cache are not valid in another', () => {
    const a = new FileCache(resolveConfig({}));
    const b = new FileCache(resolveConfig({}));
    const la = new URL(a.put('http://x', 'd', 'f.txt', Buffer.from('1')));
    const lb = new URL(b.link('http://x', 'd', 'f.txt'));
    expect(la.pathname).toBe(lb.pathname);
    expect(la.searchParams.get('md5')).not.toBe(lb.searchParams.get('md5'));
  });
});
