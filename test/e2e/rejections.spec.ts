import http from 'http';
import type { AddressInfo } from 'net';
import jwt from 'jsonwebtoken';
import { createHash } from 'crypto';
import { devhost } from './support/devhostApi';
import { environment } from './support/environment';
import { convertOnDocsServer, editorConfig, postCallback, signedCallback, unsignedToken } from './support/docsProtocol';

// Requests a real Document Server would never send, or that someone else could: each is refused and changes nothing.
let report: { id: number; version: number };
let config: any;

beforeEach(async () => {
  await devhost.reset();
  report = await devhost.byName('Report.docx');
  config = await editorConfig('alice', report.id);
});

function saveBody(url: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key: config.document.key,
    status: 2,
    url,
    filetype: 'docx',
    users: [config.editorConfig.user.id],
    actions: [{ type: 0, userid: config.editorConfig.user.id }],
    lastsave: new Date().toISOString(),
    notmodified: false,
    ...extra,
  };
}

async function expectUnchanged(): Promise<void> {
  expect((await devhost.byName('Report.docx')).version).toBe(report.version);
}

/** A real result file in the Docs server's cache, made from another attachment. */
async function realResultUrl(key: string): Promise<string> {
  const letter = await devhost.byName('Letter.odt');
  const letterConfig = await editorConfig('alice', letter.id);
  return convertOnDocsServer(letterConfig.document.url, 'odt', 'docx', key);
}

describe('callback', () => {
  test('without any token: refused', async () => {
    const result = await postCallback(config.editorConfig.callbackUrl, {
      body: JSON.stringify(saveBody(`${environment().docsUrl}/x.docx`)),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(result.status).toBe(403);
    expect(result.json.error).not.toBe(0);
    await expectUnchanged();
  });

  test('signed with the wrong secret: refused', async () => {
    const result = await postCallback(config.editorConfig.callbackUrl,
      signedCallback(saveBody(await realResultUrl('wrong-secret')), 'not-the-secret'));
    expect(result.status).toBe(403);
    await expectUnchanged();
  });

  test('with an expired token: refused', async () => {
    const body = saveBody(await realResultUrl('expired'));
    const old = Math.floor(Date.now() / 1000) - 3600;
    const token = jwt.sign({ ...body, iat: old, exp: old + 300 }, environment().docsSecret);
    const result = await postCallback(config.editorConfig.callbackUrl, {
      body: JSON.stringify({ ...body, token }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(result.status).toBe(403);
    await expectUnchanged();
  });

  test('with alg:none: refused, in the body and in the header', async () => {
    const body = saveBody(await realResultUrl('alg-none'));
    const inBody = await postCallback(config.editorConfig.callbackUrl, {
      body: JSON.stringify({ ...body, token: unsignedToken(body) }),
      headers: { 'Content-Type': 'application/json' },
    });
    const inHeader = await postCallback(config.editorConfig.callbackUrl, {
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', [environment().jwtHeader]: `Bearer ${unsignedToken({ payload: body })}` },
    });
    expect([inBody.status, inHeader.status]).toEqual([403, 403]);
    await expectUnchanged();
  });

  test('naming a file outside the Docs server: refused, and that address is never contacted', async () => {
    const hits: string[] = [];
    const foreign = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('not a document');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    const port = (foreign.address() as AddressInfo).port;
    try {
      const result = await postCallback(config.editorConfig.callbackUrl,
        signedCallback(saveBody(`http://127.0.0.1:${port}/cache/files/output.docx`)));
      expect(result.status).toBe(403);
      expect(hits).toEqual([]);
      await expectUnchanged();
    } finally {
      foreign.close();
    }
  });

  test('for another document key than its link: refused', async () => {
    const result = await postCallback(config.editorConfig.callbackUrl,
      signedCallback(saveBody(await realResultUrl('other-key'), { key: 'someone-elses-key' })));
    expect(result.status).toBe(403);
    await expectUnchanged();
  });

  test('delivered twice: one new version', async () => {
    const request = signedCallback(saveBody(await realResultUrl('duplicate')));
    const first = await postCallback(config.editorConfig.callbackUrl, request);
    const second = await postCallback(config.editorConfig.callbackUrl, request);
    expect([first.status, first.json.error, second.status, second.json.error]).toEqual([200, 0, 200, 0]);
    const versions = await devhost.versions(report.id);
    expect(versions.length).toBe(report.version + 1);
    expect(versions[versions.length - 1].lastModifier).toBe('alice');
  });

  test('status 1 and 4 are acknowledged and store nothing', async () => {
    for (const status of [1, 4]) {
      const result = await postCallback(config.editorConfig.callbackUrl,
        signedCallback({ key: config.document.key, status, users: [config.editorConfig.user.id] }));
      expect([result.status, result.json.error]).toEqual([200, 0]);
    }
    await expectUnchanged();
  });
});

describe('file download for the Docs server', () => {
  const headerFor = (url: string, secret = environment().docsSecret) =>
    ({ [environment().jwtHeader]: `Bearer ${jwt.sign({ payload: { url } }, secret, { expiresIn: '5m' })}` });

  test('with the Docs server token for this link: the exact bytes, and ranges', async () => {
    const url: string = config.document.url;
    const whole = await fetch(url, { headers: headerFor(url), redirect: 'manual' });
    expect(whole.status).toBe(200);
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe((await devhost.byName('Report.docx')).sha256);
    const part = await fetch(url, { headers: { ...headerFor(url), Range: 'bytes=0-3' }, redirect: 'manual' });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(0, 4));
  });

  test('without the Docs server token: 403 and no bytes', async () => {
    const response = await fetch(config.document.url, { redirect: 'manual' });
    expect(response.status).toBe(403);
    expect((await response.text()).includes('PK')).toBe(false);
  });

  test('with a Docs server token for another link, or the wrong secret: 403', async () => {
    const other = (await editorConfig('alice', (await devhost.byName('Budget.xlsx')).id)).document.url;
    const url: string = config.document.url;
    expect((await fetch(url, { headers: headerFor(other), redirect: 'manual' })).status).toBe(403);
    expect((await fetch(url, { headers: headerFor(url, 'wrong-secret'), redirect: 'manual' })).status).toBe(403);
  });

  test('with a tampered link: 403', async () => {
    const url = new URL(config.document.url);
    const token = url.searchParams.get('token')!;
    const [head, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.att = (await devhost.byName('Budget.xlsx')).id;
    url.searchParams.set('token', `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`);
    const response = await fetch(url, { headers: headerFor(url.toString()), redirect: 'manual' });
    expect(response.status).toBe(403);
  });
});
