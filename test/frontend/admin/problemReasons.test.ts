// Every reason code the server can send (ProblemReason.java) has a text in the administrator's language, in every
// language file; "other" has none on purpose (only the technical detail is shown).
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { REASON_CODES, reasonText } from '../../../frontend/admin/problemReasons';

const javaCodes = [...readFileSync(join(__dirname, '../../../src/main/java/app/docsbridge/core/recovery/ProblemReason.java'), 'utf8')
  .matchAll(/^\s+[A-Z_]+\("([a-zA-Z]+)"\)[,;]/gm)].map((m) => m[1]);

test('the Java enum and the page know the same codes', () => {
  expect(javaCodes.length).toBeGreaterThan(10);
  expect([...REASON_CODES, 'other'].sort()).toEqual([...javaCodes].sort());
});

test('each code reads as a sentence in English, and every language file has it', () => {
  const dir = join(__dirname, '../../../src/main/resources/i18n');
  const files = readdirSync(dir).filter((f) => f.endsWith('.properties'));
  expect(files.length).toBeGreaterThanOrEqual(8);
  for (const code of REASON_CODES) {
    expect(reasonText(code)).toMatch(/^[A-Z].*\.$/);
    for (const f of files) expect(readFileSync(join(dir, f), 'latin1')).toContain(`docsbridge.admin.problems.reason.${code}=`);
  }
  expect(reasonText('other')).toBeUndefined();
  expect(reasonText('toString')).toBeUndefined();
  expect(reasonText(undefined)).toBeUndefined();
});
