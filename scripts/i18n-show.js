#!/usr/bin/env node
// Prints an i18n properties file with its \uXXXX escapes decoded, for reading and reviewing translations:
//   node scripts/i18n-show.js de        (or fr, pt_BR, zh_CN…; no argument: the English base file)
const fs = require('fs');
const path = require('path');

const lang = process.argv[2];
const file = path.resolve(__dirname, '../src/main/resources/i18n', `docsbridge${lang ? '_' + lang : ''}.properties`);
process.stdout.write(fs.readFileSync(file, 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))));
