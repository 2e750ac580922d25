import { render, screen, within } from '@testing-library/react';
import formats from '../../../src/main/resources/docsbridge/formats.json';
import { SETTINGS } from '../../../frontend/admin/schema';
import { SettingsForm } from '../../../frontend/admin/SettingsForm';
import { FORMAT_NAMES, FORMAT_TYPES } from '../../../frontend/admin/texts';
import { storedValues } from './fixtures';

// The lossy-edit formats on the Configure page: named for people, grouped by document type, Atlaskit checkboxes.
const choices = SETTINGS.find((s) => s.name === 'lossyEditable')!.choices!;

test('every choice has a name and the document type the formats table gives it', () => {
  const table = formats as Array<{ name: string; type: string }>;
  for (const ext of choices) {
    expect({ ext, named: Boolean(FORMAT_NAMES[ext]) }).toEqual({ ext, named: true });
    expect({ ext, type: FORMAT_TYPES[ext] }).toEqual({ ext, type: table.find((f) => f.name === ext)?.type });
  }
});

test('the checkboxes read "OpenDocument text (ODT)"…, in groups named by document type', () => {
  render(
    <SettingsForm values={storedValues()} errors={{}} secretField={null} saving={false} testing={false}
      onValue={() => undefined} onBlurField={() => undefined} onSubmit={() => undefined} onTest={() => undefined} />,
  );
  const text = screen.getByRole('group', { name: 'Text documents' });
  const sheets = screen.getByRole('group', { name: 'Spreadsheets' });
  const slides = screen.getByRole('group', { name: 'Presentations' });
  expect((within(text).getByLabelText('OpenDocument text (ODT)') as HTMLInputElement).checked).toBe(true);
  expect(within(text).getByLabelText('Rich Text Format (RTF)')).toBeTruthy();
  expect(within(sheets).getByLabelText('Comma-separated values (CSV)')).toBeTruthy();
  expect(within(slides).getByLabelText('OpenDocument presentation (ODP)')).toBeTruthy();
  expect(screen.queryByLabelText('odt')).toBeNull();
  const boxes = [text, sheets, slides].flatMap((g) => within(g).getAllByRole('checkbox'));
  expect(boxes.map((b) => (b as HTMLInputElement).value).sort()).toEqual([...choices].sort());
});
