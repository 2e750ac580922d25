// Every text of the app exists in every language, and reads like a translation rather than a copy of the English.
// Adding a key? Add it, translated, to every docsbridge_*.properties file (write UTF-8, then `npm run i18n:escape`).
// A translation may equal the English text only where the language really says it the same way (product names,
// "Chat" in German…): list such keys in test/frontend/i18n/same-as-english.txt.
import fs from 'fs';
import path from 'path';
import { BASE_FILE, readEntries, readMap, translationFiles } from './properties';

/** The languages the app promises (README, listing); more may be added. */
const REQUIRED = ['de', 'fr', 'es', 'it', 'pt_BR', 'ru', 'zh_CN'];

const base = readMap(BASE_FILE);
const translations = translationFiles();
const sameAsEnglish = fs
  .readFileSync(path.join(__dirname, 'same-as-english.txt'), 'utf8')
  .split(/\r?\n/)
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);

/** "key" allows every language to keep the English text; "lang:key" only that one. */
function mayEqualEnglish(lang: string, key: string): boolean {
  return sameAsEnglish.includes(key) || sameAsEnglish.includes(`${lang}:${key}`);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\d+)[^}]*\}/g)].map((m) => m[1]).sort().join(',');

test('every promised language has a translation file', () => {
  expect(REQUIRED.filter((lang) => !translations.has(lang))).toEqual([]);
});

test('the files are ASCII (\\uXXXX escapes), as Confluence may read them as ISO-8859-1; run npm run i18n:escape', () => {
  const files = [BASE_FILE, ...translations.values()];
  const notAscii = files.filter((file) => /[^\x00-\x7e]/.test(fs.readFileSync(file, 'utf8'))).map((f) => path.basename(f));
  expect(notAscii).toEqual([]);
});

test('no file names a key twice', () => {
  for (const file of [BASE_FILE, ...translations.values()]) {
    const seen = new Set<string>();
    const duplicates = readEntries(file).filter((e) => (seen.has(e.key) ? true : (seen.add(e.key), false)));
    expect({ file: path.basename(file), duplicates: duplicates.map((d) => `${d.key} (line ${d.line})`) }).toEqual({
      file: path.basename(file),
      duplicates: [],
    });
  }
});

describe.each([...translations.keys()])('%s', (lang) => {
  const translated = readMap(translations.get(lang)!);

  test('has every key of the English file, translated', () => {
    const missing = [...base.keys()].filter((key) => !translated.has(key) || translated.get(key)!.trim() === '');
    expect(missing).toEqual([]);
  });

  test('has no key the English file does not have', () => {
    expect([...translated.keys()].filter((key) => !base.has(key))).toEqual([]);
  });

  test('leaves no text in English (or lists it in same-as-english.txt)', () => {
    const untranslated = [...base.entries()]
      .filter(([key, english]) => /\p{L}{2,}/u.test(english) && translated.get(key) === english && !mayEqualEnglish(lang, key))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  test('keeps the placeholders {0}, {1}… of the English text', () => {
    const differing = [...base.entries()]
      .filter(([key, english]) => translated.has(key) && placeholders(english) !== placeholders(translated.get(key)!))
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  test('writes apostrophes as \u2019 or doubled (a single \' vanishes in MessageFormat)', () => {
    const single = [...translated.entries()].filter(([, text]) => /(^|[^'])'([^']|$)/.test(text)).map(([key]) => key);
    expect(single).toEqual([]);
  });
});

test('English writes apostrophes doubled as well', () => {
  const single = [...base.entries()].filter(([, text]) => /(^|[^'])'([^']|$)/.test(text)).map(([key]) => key);
  expect(single).toEqual([]);
});

test('every key the Java code, the templates and the descriptor name exists in the English file', () => {
  const root = path.resolve(__dirname, '../../..');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : /\.(java|vm|xml)$/.test(e.name) ? [path.join(dir, e.name)] : []);
  const missing: string[] = [];
  for (const file of [...sources(path.join(root, 'src/main/java')), ...sources(path.join(root, 'src/main/resources'))]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/["']((?:docsbridge)\.[A-Za-z0-9_.-]*[A-Za-z0-9])["']/g)) {
      // Key prefixes that code completes at run time end with a dot and are skipped by the pattern above.
      if (!base.has(m[1]) && !/\.(properties|json|xml|vm)$/.test(m[1])) missing.push(`${path.relative(root, file)}: ${m[1]}`);
    }
  }
  expect(missing).toEqual([]);
});
