import { baseName, fileExtension, formatLabel, nameProblem, withExtension } from '../../../frontend/dialogs/fileNames';

test('names follow the server rules, with messages from the i18n file', () => {
  expect(nameProblem('Quarterly report')).toBeNull();
  expect(nameProblem('Отчёт (черновик)')).toBeNull();
  expect(nameProblem('   ')).toBe('Enter a name.');
  expect(nameProblem('x'.repeat(201))).toBe('Use at most 200 characters.');
  expect(nameProblem('😀'.repeat(200))).toBeNull();
  for (const c of ['\\', '/', ':', '*', '?', '"', '<', '>', '|']) {
    expect(nameProblem(`a${c}b`)).toBe('A name cannot contain any of these characters: \\ / : * ? " < > |');
  }
  expect(nameProblem('a\nb')).toBe('A name cannot contain line breaks or other control characters.');
  expect(nameProblem('..')).toBe('A name cannot consist of dots only.');
});

test('extensions are added once and shown in capitals', () => {
  expect(withExtension(' Plan ', 'xlsx')).toBe('Plan.xlsx');
  expect(withExtension('Plan.XLSX', 'xlsx')).toBe('Plan.xlsx');
  expect(baseName('Letter.doc')).toBe('Letter');
  expect(baseName('.hidden')).toBe('.hidden');
  expect(formatLabel('docx')).toBe('DOCX');
  expect(formatLabel('pdfa')).toBe('PDF/A');
  expect(fileExtension('pdfa')).toBe('pdf');
});
