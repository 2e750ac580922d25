import { checkForm, checkHeader, checkSecret, checkUrl } from '../../../frontend/admin/validation';
import { defaultValues } from '../../../frontend/admin/schema';

describe('checkUrl', () => {
  test.each([
    ['https://docs.example.com', 'https://docs.example.com'],
    ['  https://docs.example.com/  ', 'https://docs.example.com'],
    ['HTTPS://Docs.Example.COM/onlyoffice//', 'https://docs.example.com/onlyoffice'],
    ['http://10.0.0.5:8080', 'http://10.0.0.5:8080'],
    ['https://docs.example.com/a/./b/../c', 'https://docs.example.com/a/c'],
    ['http://[::1]:8000/docs', 'http://[::1]:8000/docs'],
  ])('accepts and normalises %p', (raw, normalised) => {
    expect(checkUrl(raw, true)).toEqual({ ok: true, value: normalised });
  });

  test.each([
    'docs.example.com',
    'ftp://docs.example.com',
    'https://',
    'https:///path',
    'https://user:pass@docs.example.com',
    'https://user@docs.example.com',
    'https://docs.example.com/?x=1',
    'https://docs.example.com/#top',
    'https://docs example.com',
    'https://docs.example.com\\path',
    'javascript:alert(1)',
    'https://dócs.example.com',
  ])('rejects %p', (raw) => {
    expect(checkUrl(raw, true)).toEqual({ ok: false, code: 'url' });
  });

  test('empty is required or allowed, as the field says', () => {
    expect(checkUrl('  ', true)).toEqual({ ok: false, code: 'urlRequired' });
    expect(checkUrl('', false)).toEqual({ ok: true, value: '' });
  });
});

describe('checkHeader', () => {
  test.each(['Authorization', 'AuthorizationJwt', "X-Token_1.2!#$%&'*+^`|~"])('accepts %p', (raw) => {
    expect(checkHeader(` ${raw} `)).toEqual({ ok: true, value: raw });
  });

  test.each(['', 'Bad Header', 'X:Token', 'X-Tökén', 'A(b)', 'x'.repeat(65)])('rejects %p', (raw) => {
    expect(checkHeader(raw)).toEqual({ ok: false, code: 'header' });
  });
});

describe('checkSecret', () => {
  test('empty keeps the stored secret', () => {
    expect(checkSecret('   ')).toEqual({ ok: true, value: '' });
  });

  test('8 to 256 characters after trimming', () => {
    expect(checkSecret(' 1234567 ')).toEqual({ ok: false, code: 'secret' });
    expect(checkSecret(' 12345678 ')).toEqual({ ok: true, value: '12345678' });
    expect(checkSecret('x'.repeat(256))).toEqual({ ok: true, value: 'x'.repeat(256) });
    expect(checkSecret('x'.repeat(257))).toEqual({ ok: false, code: 'secret' });
  });
});

describe('checkForm', () => {
  test('reports every bad field at once and normalises the good ones', () => {
    const values = { ...defaultValues(), docsUrl: 'https://Docs.Example.com/', docsInternalUrl: 'nope', jwtHeader: 'Bad Header' };
    const result = checkForm(values, 'short');
    expect(result.errors).toEqual({ docsInternalUrl: 'url', jwtHeader: 'header', jwtSecret: 'secret' });
    expect(result.values.docsUrl).toBe('https://docs.example.com');
  });

  test('a valid form has no errors and leaves the other settings alone', () => {
    const values = { ...defaultValues(), docsUrl: 'https://docs.example.com', lossyEditable: ['odt', 'csv'], chat: false };
    const result = checkForm(values, ' a-long-enough-secret ');
    expect(result.errors).toEqual({});
    expect(result.secret).toBe('a-long-enough-secret');
    expect(result.values).toEqual({ ...values, jwtHeader: 'Authorization' });
  });

  test('the Docs address is required', () => {
    expect(checkForm(defaultValues(), '').errors).toEqual({ docsUrl: 'urlRequired' });
  });
});
