import { format } from '../../../frontend/lib/i18n';
import { formatBytes, formatDate, formatNumber, userLocale } from '../../../frontend/lib/locale';

afterEach(() => {
  document.head.innerHTML = '';
  document.documentElement.lang = '';
});

test('the locale comes from Confluence\'s ajs-user-locale meta, then <html lang>', () => {
  document.documentElement.lang = 'fr-FR';
  expect(userLocale()).toBe('fr-FR');
  document.head.innerHTML = '<meta name="ajs-user-locale" content="pt_BR">';
  expect(userLocale()).toBe('pt-BR');
});

test('an invalid tag falls back to the next source', () => {
  document.head.innerHTML = '<meta name="ajs-user-locale" content="not a locale!">';
  document.documentElement.lang = 'de-DE';
  expect(userLocale()).toBe('de-DE');
});

test('numbers, dates and sizes follow the locale', () => {
  expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
  expect(formatNumber(1234.5, 'en-US')).toBe('1,234.5');
  expect(formatDate(Date.UTC(2026, 10, 29, 12), 'de-DE')).toBe('29.11.2026');
  expect(formatBytes(1536 * 1024, 'de-DE')).toBe('1,5 MB');
  expect(formatBytes(4, 'en')).toBe('4 bytes');
  expect(formatBytes(1, 'en')).toBe('1 byte');
  expect(formatBytes(2048, 'en')).toBe('2 kB');
});

test('format() writes number arguments in the user\'s locale and unescapes doubled quotes', () => {
  document.documentElement.lang = 'de-DE';
  expect(format('Use at most {0} characters, {1}', 1200, 'x')).toBe('Use at most 1.200 characters, x');
  expect(format("Confluence''s {0}", 'y')).toBe("Confluence's y");
});
