// Gives jsdom the product globals the bundles expect. WRM.I18n.getText returns the real English text from the
// app's properties file, so tests assert on what users read (and a missing key shows up as the key itself).
import fs from 'fs';
import path from 'path';

const properties = fs.readFileSync(path.resolve(__dirname, '../../src/main/resources/i18n/docsbridge.properties'), 'utf8');
const texts = new Map<string, string>();
for (const line of properties.split(/\r?\n/)) {
  const match = /^\s*([^#!=\s][^=]*?)\s*=\s*(.*)$/.exec(line);
  if (match) texts.set(match[1], match[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

(globalThis as Record<string, unknown>).WRM = {
  I18n: { getText: (key: string) => texts.get(key) ?? key },
  contextPath: () => '/confluence',
  require: () => Promise.resolve(),
};

// findBy…/waitFor give up after 1 s by default: on a loaded 2-core CI machine, the first render of an Atlaskit
// dialog alone can take longer. Waiting longer costs nothing when the condition holds sooner.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@testing-library/dom').configure({ asyncUtilTimeout: 5000 });
