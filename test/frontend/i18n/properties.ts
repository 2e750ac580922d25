// Reads the app's i18n properties files the way java.util.Properties does (comments, continuation lines,
// key separators, \uXXXX and other escapes), keeping every entry so that duplicate keys can be reported.
import fs from 'fs';
import path from 'path';

export const I18N_DIR = path.resolve(__dirname, '../../../src/main/resources/i18n');
export const BASE_NAME = 'docsbridge';

export interface Entry {
  key: string;
  value: string;
  line: number;
}

function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, esc: string) => {
    if (esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    return ({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[esc] ?? esc;
  });
}

export function parseProperties(text: string): Entry[] {
  const lines = text.split(/\r\n|\r|\n/);
  const entries: Entry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let logical = lines[i].replace(/^[ \t\f]+/, '');
    if (logical === '' || logical.startsWith('#') || logical.startsWith('!')) continue;
    // A line ending in an odd number of backslashes continues on the next one.
    while (/(^|[^\\])(\\\\)*\\$/.test(logical) && i + 1 < lines.length) {
      logical = logical.slice(0, -1) + lines[++i].replace(/^[ \t\f]+/, '');
    }
    const separator = /^((?:[^\\=: \t\f]|\\.)*)[ \t\f]*[=:]?[ \t\f]*/.exec(logical)!;
    entries.push({ key: unescape(separator[1]), value: unescape(logical.slice(separator[0].length)), line: start + 1 });
  }
  return entries;
}

export function readEntries(file: string): Entry[] {
  return parseProperties(fs.readFileSync(file, 'utf8'));
}

export function readMap(file: string): Map<string, string> {
  return new Map(readEntries(file).map((e) => [e.key, e.value]));
}

/** The translation files next to the base file: language tag (e.g. "pt_BR") → path. */
export function translationFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(I18N_DIR).sort()) {
    const match = new RegExp(`^${BASE_NAME}_([A-Za-z]{2,3}(?:_[A-Z]{2})?)\\.properties$`).exec(name);
    if (match) files.set(match[1], path.join(I18N_DIR, name));
  }
  return files;
}

export const BASE_FILE = path.join(I18N_DIR, `${BASE_NAME}.properties`);
