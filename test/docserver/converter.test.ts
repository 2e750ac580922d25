import JSZip from 'jszip';
import jwt from 'jsonwebtoken';
import { startDocServer, DocServer } from './server';
import { FakeHost, fetchBytes, postJson, SAMPLE_DOCX, SECRET, sign, sleep } from './testkit';

describe('conversion service (docs-api §5)', () => {
  let ds: DocServer;
  let host: FakeHost;
  const convert = (payload: Record<string, unknown>, path = '/converter', headers: Record<string, string> = { Accept: 'application/json' }) =>
    postJson(`${ds.url}${path}`, { token: sign(payload) }, headers);

  beforeEach(async () => {
    host = await FakeHost.start();
    host.serve('/files/notes.txt', Buffer.from('Quarterly numbers\nare up\n'));
    host.serve('/files/report.docx', SAMPLE_DOCX);
    host.serve('/files/table.csv', Buffer.from('a,b\n1,2\n'));
    ds = await startDocServer({ secret: SECRET, convertDelayMs: 150, downloadDelayMs: 10 });
  });
  afterEach(async () => {
    await ds.close();
    await host.close();
  });

  it('converts synchronously txt -> docx; the result is a real DOCX with the text, fetched with a download JWT', async () => {
    const url = `${host.url}/files/notes.txt`;
    const r = await convert({ filetype: 'txt', outputtype: 'docx', key: 'conv-1', url, title: 'Notes.txt' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ fileType: 'docx', percent: 100, endConvert: true });
    expect(r.json.fileUrl).toMatch(new RegExp(`^${ds.url}/cache/files/data/conv_conv-1_docx/output\\.docx/Notes\\.docx\\?md5=`));
    const file = await fetchBytes(r.json.fileUrl);
    expect(file.status).toBe(200);
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Quarterly numbers');
    expect(xml).toContain('are up');
    const dl = host.downloads('/files/notes.txt')[0];
    expect((jwt.verify(String(dl.headers.authorization).slice(7), SECRET) as any).payload).toEqual({ url });
  });

  it('converts docx -> pdf into a valid PDF, and csv -> xlsx into cells', async () => {
    const pdf = await convert({ filetype: 'docx', outputtype: 'pdf', key: 'conv-pdf', url: `${host.url}/files/report.docx` });
    const bytes = (await fetchBytes(pdf.json.fileUrl)).bytes.toString('latin1');
    expect(bytes.startsWith('%PDF-1.4')).toBe(true);
    expect(bytes).toContain('(Sample document) Tj');
    const xref = Number(/startxref\n(\d+)/.exec(bytes)![1]);
    expect(bytes.slice(xref, xref + 4)).toBe('xref');

    const xlsx = await convert({ filetype: 'csv', outputtype: 'xlsx', key: 'conv-csv', url: `${host.url}/files/table.csv` });
    const sheet = await (await JSZip.loadAsync((await fetchBytes(xlsx.json.fileUrl)).bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">2</t></is></c>');
  });

  it('resolves outputtype ooxml/odf for the source document type', async () => {
    const ooxml = await convert({ filetype: 'csv', outputtype: 'ooxml', key: 'k-ooxml', url: `${host.url}/files/table.csv` });
    expect(ooxml.json.fileType).toBe('xlsx');
    const odf = await convert({ filetype: 'txt', outputtype: 'odf', key: 'k-odf', url: `${host.url}/files/notes.txt` });
    expect(odf.json.fileType).toBe('odt');
    const zip = await JSZip.loadAsync((await fetchBytes(odf.json.fileUrl)).bytes);
    expect(Object.keys(zip.files)[0]).toBe('mimetype');
    expect(await zip.file('mimetype')!.async('string')).toBe('application/vnd.oasis.opendocument.text');
  });

  it('async: the first answer is percent 0, identical polls answer the result later', async () => {
    const req = { async: true, filetype: 'txt', outputtype: 'pdf', key: 'conv-async', url: `${host.url}/files/notes.txt` };
    expect((await convert(req)).json).toEqual({ percent: 0, endConvert: false });
    expect((await convert(req)).json).toEqual({ percent: 0, endConvert: false });
    await sleep(200);
    const done = await convert(req);
    expect(done.json).toMatchObject({ percent: 100, endConvert: true, fileType: 'pdf' });
    expect(ds.state().conversions).toEqual([expect.objectContaining({ key: 'conv-async', outputType: 'pdf', status: 'done' })]);
  });

  it('caches by key and output type: a new url with the same key returns the cached result', async () => {
    const first = await convert({ filetype: 'txt', outputtype: 'docx', key: 'same', url: `${host.url}/files/notes.txt` });
    const second = await convert({ filetype: 'txt', outputtype: 'docx', key: 'same', url: `${host.url}/files/other.txt` });
    expect(second.json.fileType).toBe('docx');
    expect(new URL(second.json.fileUrl).pathname).toBe(new URL(first.json.fileUrl).pathname);
    expect(host.requests.filter((r) => r.path === '/files/other.txt')).toHaveLength(0);
    const pdf = await convert({ filetype: 'txt', outputtype: 'pdf', key: 'same', url: `${host.url}/files/notes.txt` });
    expect(pdf.json.fileType).toBe('pdf');
  });

  it('SIM-ERROR:<code> in the source fails with that code; sticky errors stay cached', async () => {
    host.serve('/files/locked.docx', Buffer.from('SIM-ERROR:-5 password protected'));
    const req = { filetype: 'docx', outputtype: 'pdf', key: 'locked', url: `${host.url}/files/locked.docx` };
    expect((await convert(req)).json).toEqual({ error: -5 });
    host.serve('/files/locked.docx', SAMPLE_DOCX);
    expect((await convert(req)).json).toEqual({ error: -5 });
    expect(host.downloads('/files/locked.docx')).toHaveLength(1);
  });

  it('download errors (-4) are not cached: a retry downloads again', async () => {
    const req = { filetype: 'docx', outputtype: 'pdf', key: 'later', url: `${host.url}/files/later.docx` };
    expect((await convert(req)).json).toEqual({ error: -4 });
    expect(host.downloads('/files/later.docx')).toHaveLength(3);
    host.serve('/files/later.docx', SAMPLE_DOCX);
    expect((await convert(req)).json).toMatchObject({ endConvert: true });
  });

  it('async polling reports -4 once, then starts over', async () => {
    const req = { async: true, filetype: 'docx', outputtype: 'pdf', key: 'async-404', url: `${host.url}/files/none.docx` };
    expect((await convert(req)).json).toEqual({ percent: 0, endConvert: false });
    await sleep(250);
    expect((await convert(req)).json).toEqual({ error: -4 });
    expect((await convert(req)).json).toEqual({ percent: 0, endConvert: false });
  });

  it('a source above maxDownloadBytes gives -10', async () => {
    const small = await startDocServer({ secret: SECRET, maxDownloadBytes: 10 });
    try {
      const r = await postJson(`${small.url}/converter`, { token: sign({ filetype: 'docx', outputtype: 'pdf', key: 'big', url: `${host.url}/files/report.docx` }) });
      expect(r.json).toEqual({ error: -10 });
    } finally {
      await small.close();
    }
  });

  it.each([
    ['a key with forbidden characters', { key: 'bad key!', filetype: 'txt', outputtype: 'docx' }],
    ['a missing key', { filetype: 'txt', outputtype: 'docx' }],
    ['an unknown output type', { key: 'k', filetype: 'txt', outputtype: 'exe' }],
    ['a conversion the formats list does not allow', { key: 'k', filetype: 'docx', outputtype: 'xlsx' }],
    ['a non-alphanumeric filetype', { key: 'k', filetype: '../txt', outputtype: 'docx' }],
  ])('answers -7 for %s', async (_label, fields) => {
    const r = await convert({ ...fields, url: `${host.url}/files/notes.txt` });
    expect(r.json).toEqual({ error: -7 });
  });

  it('answers -8 for a missing, invalid or expired token', async () => {
    const fields = { filetype: 'txt', outputtype: 'docx', key: 'k8', url: `${host.url}/files/notes.txt` };
    expect((await postJson(`${ds.url}/converter`, fields)).json).toEqual({ error: -8 });
    expect((await postJson(`${ds.url}/converter`, { token: sign(fields, 'nope') })).json).toEqual({ error: -8 });
    const exp = Math.floor(Date.now() / 1000) - 3600;
    expect((await postJson(`${ds.url}/converter`, { token: sign({ ...fields, exp }) })).json).toEqual({ error: -8 });
  });

  it('the legacy /ConvertService.ashx answers XML by default, /converter JSON', async () => {
    const fields = { filetype: 'txt', outputtype: 'docx', key: 'xml-1', url: `${host.url}/files/notes.txt` };
    const res = await fetch(`${ds.url}/ConvertService.ashx`, { method: 'POST', body: JSON.stringify({ token: sign(fields) }) });
    expect(res.headers.get('content-type')).toMatch(/xml/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><FileResult><FileUrl>http:\/\/127\.0\.0\.1:\d+\/cache\/files\/data\/conv_xml-1_docx\/.+<\/FileUrl><FileType>docx<\/FileType><Percent>100<\/Percent><EndConvert>True<\/EndConvert><\/FileResult>$/);
    expect(xml).toContain('&amp;expires=');
    const json = await fetch(`${ds.url}/converter`, { method: 'POST', body: JSON.stringify({ token: sign(fields) }) });
    expect(json.headers.get('content-type')).toMatch(/json/);
  });

  it('without JWT, a loopback source is blocked (-4) unless allowPrivateIP', async () => {
    const open = await startDocServer({ secret: null, downloadDelayMs: 5 });
    try {
      const fields = { filetype: 'txt', outputtype: 'docx', key: 'k', url: `${host.url}/files/notes.txt` };
      expect((await postJson(`${open.url}/converter`, fields)).json).toEqual({ error: -4 });
    } finally {
      await open.close();
    }
    const allowed = await startDocServer({ secret: null, allowPrivateIP: true });
    try {
      const r = await postJson(`${allowed.url}/converter`, { filetype: 'txt', outputtype: 'docx', key: 'k', url: `${host.url}/files/notes.txt` });
      expect(r.json.endConvert).toBe(true);
      expect(host.downloads('/files/notes.txt').at(-1)!.headers.authorization).toBeUndefined();
    } finally {
      await allowed.close();
    }
  });
});
