import { startDocServer, DocServer } from './server';
import { closeEditor, FakeHost, fetchBytes, makeConfig, openEditor, postJson, SAMPLE_DOCX, SECRET, sign, sleep, typeText, verifyCallback, waitFor } from './testkit';

const BACKOFF = 40;

describe('callback delivery, retries and forgotten files (docs-api §4.5, §4.6)', () => {
  let ds: DocServer;
  let host: FakeHost;
  beforeEach(async () => {
    host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    ds = await startDocServer({ secret: SECRET, saveDelayMs: 20, callbackBackoffMs: BACKOFF });
  });
  afterEach(async () => {
    await ds.close();
    await host.close();
  });

  /** Opens, types and closes; resolves once the status-1 join callback has been answered. */
  async function editAndClose(text = 'changed', user = { id: 'u1', name: 'Alice' }) {
    const r = await openEditor(ds, makeConfig(host, { user }));
    await waitFor(() => host.callbacks('main').length >= 1);
    await typeText(ds, r.json.sessionId, text);
    await closeEditor(ds, r.json.sessionId);
  }
  const saves = () => host.callbacks('main').filter((c) => c.json?.status === 2);

  it('retries status 2 on HTTP 500 three more times with delays base, 2*base, 4*base', async () => {
    host.replyToCallback('main', { status: 200, body: '{"error":0}' }); // the join
    host.replyToCallback('main', { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    await editAndClose();
    await waitFor(() => saves().length === 4, 3000);
    await sleep(BACKOFF * 3);
    const attempts = saves();
    expect(attempts).toHaveLength(4);
    const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i].at);
    expect(gaps[0]).toBeGreaterThanOrEqual(BACKOFF - 5);
    expect(gaps[1]).toBeGreaterThanOrEqual(2 * BACKOFF - 5);
    expect(gaps[2]).toBeGreaterThanOrEqual(4 * BACKOFF - 5);
    // Every attempt carries both tokens and the same data.
    attempts.forEach((a) => expect(verifyCallback(a).body.url).toBe(attempts[0].json!.url));
    const s = await waitFor(() => ds.state().sessions.find((x) => x.forgotten));
    expect(s.savedStatus).toBe('None');
    expect(s.callbacks.filter((c) => c.status === 2).map((c) => [c.attempt, c.httpStatus, c.success])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 500, false],
      [4, 500, false],
    ]);
  });

  it('succeeds on a later attempt after 503 and 429', async () => {
    host.replyToCallback('main', { status: 200, body: '{"error":0}' }, { status: 503 }, { status: 429 });
    await editAndClose();
    await waitFor(() => ds.state().sessions[0]?.savedStatus === 'UpdateVersion', 3000);
    expect(saves()).toHaveLength(3);
  });

  it('retries when the host is unreachable', async () => {
    const cfg = makeConfig(host);
    cfg.editorConfig.callbackUrl = 'http://127.0.0.1:1/callback';
    const r = await openEditor(ds, cfg);
    await typeText(ds, r.json.sessionId, 'x');
    await closeEditor(ds, r.json.sessionId);
    await waitFor(() => ds.state().sessions[0].forgotten, 3000);
    const attempts = ds.state().sessions[0].callbacks.filter((c) => c.status === 2);
    expect(attempts).toHaveLength(4);
    expect(attempts[0].error).toMatch(/ECONNREFUSED/);
  });

  it.each([
    ['200 {"error":1}', { status: 200, body: '{"error":1}' }],
    ['204 without body', { status: 204 }],
    ['200 with a non-JSON body', { status: 200, body: 'OK' }],
    ['403', { status: 403, body: '{"error":0}' }],
  ])('does not retry after %s and keeps the file as forgotten', async (_label, reply) => {
    host.replyToCallback('main', { status: 200, body: '{"error":0}' }, reply);
    await editAndClose();
    await waitFor(() => ds.state().sessions[0]?.forgotten, 3000);
    await sleep(BACKOFF * 3);
    expect(saves()).toHaveLength(1);
    const list = await postJson(`${ds.url}/command`, { token: sign({ c: 'getForgottenList' }) });
    expect(list.json).toEqual({ error: 0, keys: ['key-1'] });
  });

  it('accepts {"error":"0"} like DS (== comparison)', async () => {
    host.replyToCallback('main', { status: 200, body: '{"error":0}' }, { status: 200, body: '{"error":"0"}' });
    await editAndClose();
    await waitFor(() => ds.state().sessions[0]?.savedStatus === 'UpdateVersion');
  });

  it('never retries status 1 and 4', async () => {
    host.replyToCallback('main', { status: 500 }, { status: 500 });
    const r = await openEditor(ds, makeConfig(host));
    await waitFor(() => host.callbacks('main').length === 1);
    await closeEditor(ds, r.json.sessionId);
    await waitFor(() => host.callbacks('main').length === 2);
    await sleep(BACKOFF * 4);
    expect(host.callbacks('main').map((c) => c.json?.status)).toEqual([1, 4]);
  });

  it('keeps a file it could not deliver in the forgotten store: getForgottenList, getForgotten, deleteForgotten (§4.6, §6)', async () => {
    const cmd = (payload: Record<string, unknown>) => postJson(`${ds.url}/command`, { token: sign(payload) });
    expect((await cmd({ c: 'getForgottenList' })).json).toEqual({ error: 0, keys: [] });
    host.replyToCallback('main', { status: 200, body: '{"error":0}' }, { status: 422, body: '{"error":1}' });
    await editAndClose('only in the forgotten file');
    await waitFor(() => ds.state().sessions[0]?.forgotten, 3000);

    expect((await cmd({ c: 'getForgottenList' })).json).toEqual({ error: 0, keys: ['key-1'] });
    const got = (await cmd({ c: 'getForgotten', key: 'key-1' })).json;
    expect(got).toEqual({ key: 'key-1', error: 0, url: expect.any(String) });
    const url = new URL(got.url);
    expect(url.pathname).toBe('/cache/files/forgotten/key-1/output.docx/output.docx'); // forgotten/<key>/output.<ext>
    expect(url.searchParams.get('md5')).toBeTruthy();
    const file = await fetchBytes(got.url);
    expect(file.status).toBe(200);
    const doc = await (await import('jszip')).default.loadAsync(file.bytes);
    expect(await doc.file('word/document.xml')!.async('string')).toContain('only in the forgotten file');
    const forged = new URL(got.url);
    forged.searchParams.set('md5', 'forged');
    expect((await fetchBytes(forged.toString())).status).toBe(403);

    expect((await cmd({ c: 'getForgotten', key: 'no-such-key' })).json).toEqual({ key: 'no-such-key', error: 1 });
    expect((await cmd({ c: 'deleteForgotten', key: 'key-1' })).json).toEqual({ key: 'key-1', error: 0 });
    expect((await cmd({ c: 'deleteForgotten', key: 'key-1' })).json).toEqual({ key: 'key-1', error: 1 });
    expect((await cmd({ c: 'getForgottenList' })).json).toEqual({ error: 0, keys: [] });
    expect((await cmd({ c: 'getForgotten', key: 'key-1' })).json).toEqual({ key: 'key-1', error: 1 });
    expect((await fetchBytes(got.url)).status).toBe(404); // the copy is gone
  });

  it('a forgotten file comes back on the next open and closing it saves even without edits', async () => {
    host.replyToCallback('main', { status: 200, body: '{"error":0}' }, { status: 200, body: '{"error":1}' });
    await editAndClose('kept in the forgotten file');
    await waitFor(() => ds.state().sessions[0]?.forgotten);
    const reopened = await openEditor(ds, makeConfig(host));
    expect(reopened.json.warning).toBe('File not assembled');
    expect(reopened.json.view.paragraphs).toContain('kept in the forgotten file');
    await closeEditor(ds, reopened.json.sessionId);
    const second = await waitFor(() => saves()[1]);
    expect(second.json!.changesurl).toBeUndefined();
    await waitFor(() => ds.state().sessions[0].savedStatus === 'UpdateVersion');
    expect(ds.state().sessions[0].forgotten).toBe(false);
    expect(host.downloads('/files/report.docx')).toHaveLength(1);
  });

  it('drops history and changesurl from the header token and plain body when the header token would exceed 7168 chars', async () => {
    await editAndClose('long', { id: 'u1', name: 'N'.repeat(6000) });
    const cb = await waitFor(() => saves()[0]);
    const auth = String(cb.headers.authorization);
    expect(auth.length).toBeLessThan(7168);
    const { body, header } = verifyCallback(cb);
    expect(header.payload.history).toEqual({});
    expect(header.payload.changesurl).toBeUndefined();
    expect(cb.json!.history).toEqual({});
    expect(cb.json!.changesurl).toBeUndefined();
    // The body token was signed before trimming and still holds everything.
    expect(body.history.changes[0].user.name).toHaveLength(6000);
    expect(body.changesurl).toContain('changes.zip');
    // The simulator logs the attempt once the answer is in, which can be after the host recorded it.
    const logged = await waitFor(() => ds.state().sessions[0].callbacks.find((c) => c.status === 2));
    expect(logged.headerTrimmed).toBe(true);
  });
});

describe('shutting down', () => {
  it('close() stops pending retries and in-flight callbacks at once', async () => {
    const host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    host.replyToCallback('main', { status: 200, body: '{"error":0}' }, { status: 500 }, { status: 200, body: '{"error":0}', delayMs: 60000 });
    const ds = await startDocServer({ secret: SECRET, saveDelayMs: 10, callbackBackoffMs: 200 });
    try {
      const r = await openEditor(ds, makeConfig(host));
      await typeText(ds, r.json.sessionId, 'x');
      await closeEditor(ds, r.json.sessionId);
      await waitFor(() => host.callbacks('main').length === 2);
      const started = Date.now();
      await ds.close();
      // The in-flight callback would hold close() for 60 s; a few seconds leaves room for a loaded machine.
      expect(Date.now() - started).toBeLessThan(5000);
      await sleep(300);
      expect(host.callbacks('main')).toHaveLength(2); // the retry due after 200 ms never happened
    } finally {
      await host.close();
    }
  });
});

describe('callbacks without JWT', () => {
  it('sends no tokens at all', async () => {
    const host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    const ds = await startDocServer({ secret: null, allowPrivateIP: true, saveDelayMs: 10 });
    try {
      const r = await openEditor(ds, makeConfig(host), null);
      await typeText(ds, r.json.sessionId, 'x');
      await closeEditor(ds, r.json.sessionId);
      const save = await waitFor(() => host.callbacks('main').find((c) => c.json?.status === 2));
      expect(save.json!.token).toBeUndefined();
      expect(save.headers.authorization).toBeUndefined();
    } finally {
      await ds.close();
      await host.close();
    }
  });
});
