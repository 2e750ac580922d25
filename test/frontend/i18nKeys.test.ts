import fs from 'fs';
import path from 'path';

// Every WRM.I18n.getText('key') in the frontend must name a key of the properties file: the server-side
// transformer would otherwise show users the raw key.
const root = path.resolve(__dirname, '../..');
const properties = fs.readFileSync(path.join(root, 'src/main/resources/i18n/docsbridge.properties'), 'utf8');
const keys = new Set(properties.split(/\r?\n/).map((l) => /^\s*([^#!=\s][^=]*?)\s*=/.exec(l)?.[1]).filter(Boolean));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

test('every i18n key used by the frontend exists, and only literal keys are used', () => {
  const used: string[] = [];
  for (const file of sources(path.join(root, 'frontend'))) {
    const code = fs.readFileSync(file, 'utf8');
    for (const call of code.matchAll(/I18n\.getText\(\s*([^)]*)\)/g)) {
      const literal = /^'([^']+)'$|^"([^"]+)"$/.exec(call[1].trim());
      expect({ file, call: call[0], literal: Boolean(literal) }).toEqual({ file, call: call[0], literal: true });
      used.push((literal![1] ?? literal![2]) as string);
    }
  }
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter((key) => !keys.has(key))).toEqual([]);
});
