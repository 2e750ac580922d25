// Serves browser/api.js (DocsAPI.DocEditor) with the version and a fallback base URL filled in.
import { readFileSync } from 'fs';
import { join } from 'path';

const template = readFileSync(join(__dirname, 'browser', 'api.js'), 'utf8');

export const API_JS_PATH = '/web-apps/apps/api/documents/api.js';

export function apiJs(version: string, base: string): string {
  return template.replace(/__SIM_VERSION__/g, version).replace(/__SIM_BASE__/g, base);
}
