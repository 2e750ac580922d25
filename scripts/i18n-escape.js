#!/usr/bin/env node
// Rewrites the i18n properties files so that every character outside printable ASCII is a \uXXXX escape.
// Confluence's i18n loading may read properties as ISO-8859-1 (java.util.Properties), so the files must be plain
// ASCII to read the same everywhere. Write translations in UTF-8, then run: npm run i18n:escape
// With --check it changes nothing and exits 1 if a file needs escaping.
const fs = require('fs');
const path = require('path');

const dir = path.resolve(__dirname, '../src/main/resources/i18n');
const check = process.argv.includes('--check');
let dirty = [];

for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.properties')).sort()) {
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\x00-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  if (escaped !== text) {
    dirty.push(name);
    if (!check) fs.writeFileSync(file, escaped);
  }
}
if (check && dirty.length) {
  console.error(`Not ASCII: ${dirty.join(', ')}. Run: npm run i18n:escape`);
  process.exit(1);
}
if (!check) console.log(dirty.length ? `Escaped: ${dirty.join(', ')}` : 'All i18n files are ASCII already.');
