import JSZip from 'jszip';
import { startDocServer, DocServer } from './server';
import { closeEditor, FakeHost, fetchBytes, makeConfig, openEditor, postJson, SAMPLE_DOCX, SECRET, sign, typeText, waitFor } from './testkit';

describe('command service (docs-api §6)', () => {
  let ds: DocServer;
  let host: FakeHost;
  const cmd = (payload: Record<string, unknown>, path = '/command') => postJson(`${ds.url}${path}`, { token: sign(payload) });

  beforeEach(async () => {
    host = await FakeHost.start();
    host.serve('/files/report.docx', SAMPLE_DOCX);
    ds = await startDocServer({ secret: SECRET, saveDelayMs: 30, version: '9.3.1.11' });
  });
  afterEach(async () => {
    await ds.close();
    await host.close();
  });

  it('version answers the build version', async () => {
    expect((await cmd({ c: 'version' })).json).toEqual({ error: 0, version: '9.3.1.11' });
  });

  it('also works on the legacy path and with the token in the header (wrapped payload)', async () => {
    expect((await cmd({ c: 'version' }, '/coauthoring/CommandService.ashx')).json).toEqual({ error: 0, version: '9.3.1.11' });
    const viaHeader = await postJson(`${ds.url}/command`, { c: 'version' }, { Authorization: `Bearer ${sign({ payload: { c: 'version' } })}` });
    expect(viaHeader.json.error).toBe(0);
  });

  it('rejects a missing or invalid token with 6 and an expired one with 7', async () => {
    expect((await postJson(`${ds.url}/command`, { c: 'version' })).json).toEqual({ error: 6 });
    expect((await postJson(`${ds.url}/command`, { token: sign({ c: 'version' }, 'bad') })).json).toEqual({ error: 6 });
    const exp = Math.floor(Date.now() / 1000) - 120;
    expect((await postJson(`${ds.url}/command`, { token: sign({ c: 'version', exp }) })).json).toEqual({ error: 7 });
  });

  it('uses only what the token holds (plain body fields are ignored)', async () => {
    const r = await postJson(`${ds.url}/command`, { c: 'version', token: sign({ c: 'bogus' }) });
    expect(r.json).toEqual({ error: 5 });
  });

  it('unknown commands answer 5, unknown keys 1', async () => {
    expect((await cmd({ c: 'explode', key: 'k' })).json).toEqual({ key: 'k', error: 5 });
    expect((await cmd({ c: 'info', key: 'nobody' })).json).toEqual({ key: 'nobody', error: 1 });
    expect((await cmd({ c: 'forcesave', key: 'nobody' })).json).toEqual({ key: 'nobody', error: 1 });
  });

  it('info sends a status-1 callback before answering, with userdata and without actions', async () => {
    const r = await openEditor(ds, makeConfig(host));
    await waitFor(() => host.callbacks('main').length === 1);
    host.replyToCallback('main', { status: 200, body: '{"error":0}', delayMs: 100 });
    const started = Date.now();
    const answer = await cmd({ c: 'info', key: 'key-1', userdata: 'probe' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90); // waited for the callback
    expect(answer.json).toEqual({ key: 'key-1', error: 0, users: ['u1'] });
    const cb = host.callbacks('main')[1];
    const { token: _t, ...body } = cb.json as any;
    expect(body).toEqual({ key: 'key-1', status: 1, users: ['u1'], userdata: 'probe' });
    await closeEditor(ds, r.json.sessionId);
  });

  it('info on a key nobody edits sends status 4', async () => {
    const r = await openEditor(ds, makeConfig(host));
    await closeEditor(ds, r.json.sessionId);
    await waitFor(() => host.callbacks('main').length === 2);
    expect((await cmd({ c: 'info', key: 'key-1' })).json).toEqual({ key: 'key-1', error: 0, users: [] });
    expect(host.callbacks('main')[2].json).toMatchObject({ key: 'key-1', status: 4 });
    expect(host.callbacks('main')[2].json!.actions).toBeUndefined();
  });

  it('info without any stored callback URL answers 2', async () => {
    await openEditor(ds, makeConfig(host, { mode: 'view' }));
    expect((await cmd({ c: 'info', key: 'key-1' })).json).toEqual({ key: 'key-1', error: 2 });
  });

  it('forcesave: 4 without changes, else 0 then a status-6 callback; 4 again until something changes', async () => {
    const r = await openEditor(ds, makeConfig(host));
    expect((await cmd({ c: 'forcesave', key: 'key-1' })).json).toEqual({ key: 'key-1', error: 4 });
    await typeText(ds, r.json.sessionId, 'forcesaved text');
    expect((await cmd({ c: 'forcesave', key: 'key-1', userdata: 'u-data' })).json).toEqual({ key: 'key-1', error: 0 });
    const cb = await waitFor(() => host.callbacks('main').find((c) => c.json?.status === 6));
    expect(cb.json).toMatchObject({ key: 'key-1', status: 6, forcesavetype: 0, userdata: 'u-data', users: ['u1'], filetype: 'docx' });
    expect(cb.json!.actions).toBeUndefined();
    const xml = await (await JSZip.loadAsync((await fetchBytes(String(cb.json!.url))).bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('forcesaved text');
    expect((await cmd({ c: 'forcesave', key: 'key-1' })).json.error).toBe(4);
    // The session goes on with the same key: the final save reports notmodified.
    await closeEditor(ds, r.json.sessionId);
    const final = await waitFor(() => host.callbacks('main').find((c) => c.json?.status === 2));
    expect(final.json!.notmodified).toBe(true);
  });

  it('the Save button (customization.forcesave) sends status 6 with forcesavetype 1 and a type-2 action', async () => {
    const r = await openEditor(ds, makeConfig(host, { forcesave: true }));
    expect(r.json.view.canForcesave).toBe(true);
    await typeText(ds, r.json.sessionId, 'saved by button');
    expect((await postJson(`${ds.url}/__sim/save`, { sessionId: r.json.sessionId })).json).toEqual({ ok: true, error: 0 });
    const cb = await waitFor(() => host.callbacks('main').find((c) => c.json?.status === 6));
    expect(cb.json).toMatchObject({ forcesavetype: 1, actions: [{ type: 2, userid: 'u1' }] });
    const plain = await openEditor(ds, makeConfig(host, { key: 'key-2' }));
    expect((await postJson(`${ds.url}/__sim/save`, { sessionId: plain.json.sessionId })).status).toBe(409);
  });

  it('drop takes edit rights away: the editor becomes a viewer and the leave is reported', async () => {
    const a = await openEditor(ds, makeConfig(host, { callback: 'alice' }));
    const b = await openEditor(ds, makeConfig(host, { callback: 'bob', user: { id: 'u2', name: 'Bob' } }));
    await waitFor(() => host.callbacks('bob').length === 1);
    expect((await cmd({ c: 'drop', key: 'key-1', users: ['u2'] })).json).toEqual({ key: 'key-1', error: 0 });
    const leave = await waitFor(() => host.callbacks('bob')[1]);
    expect(leave.json).toMatchObject({ status: 1, users: ['u1'], actions: [{ type: 0, userid: 'u2' }] });
    expect((await typeText(ds, b.json.sessionId, 'x')).status).toBe(409);
    const view = await (await fetch(`${ds.url}/__sim/session?sessionId=${b.json.sessionId}`)).json();
    expect(view.view.mode).toBe('view');
    await cmd({ c: 'drop', key: 'key-1' });
    await waitFor(() => host.callbacks('alice').find((c) => c.json?.status === 4));
    expect(ds.state().sessions[0].editors).toEqual([]);
    expect((await typeText(ds, a.json.sessionId, 'x')).status).toBe(409);
  });

  it('meta answers 0 and 5 without meta', async () => {
    await openEditor(ds, makeConfig(host));
    expect((await cmd({ c: 'meta', key: 'key-1', meta: { title: 'New.docx' } })).json).toEqual({ key: 'key-1', error: 0 });
    expect(ds.state().sessions[0].title).toBe('New.docx');
    expect((await cmd({ c: 'meta', key: 'key-1' })).json).toEqual({ key: 'key-1', error: 5 });
  });

  it('license reports the build', async () => {
    const r = await cmd({ c: 'license' });
    expect(r.json).toMatchObject({ error: 0, server: { buildVersion: '9.3.1', buildNumber: 11 } });
  });
});
