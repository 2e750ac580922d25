/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DownloadAsDialog } from '../../../frontend/dialogs/DownloadAsDialog';
import { BASE, fakeEnvironment, useApiServer } from './support';

const { server, seen } = useApiServer();

const formats = {
  id: 11, pageId: 7, fileName: 'Notes.odt', editorUrl: '/confluence/x', access: 'view', convert: null,
  downloadAs: ['pdf', 'pdfa', 'docx', 'odt', 'png'],
  downloadAsChoices: [
    { target: 'pdf', extension: 'pdf', label: 'PDF document', group: 'pdf' },
    { target: 'pdfa', extension: 'pdf', label: 'PDF/A (PDF for archiving)', group: 'pdf' },
    { target: 'docx', extension: 'docx', label: 'Word document (DOCX)', group: 'office' },
    { target: 'odt', extension: 'odt', label: 'OpenDocument text (ODT)', group: 'openDocument' },
    { target: 'png', extension: 'png', label: 'PNG image', group: 'image' },
  ],
};
const downloadUrl = '/confluence/plugins/servlet/onlyoffice/download-as?token=abc';

function setup(list: Array<() => Response> = [], formatsAnswer: () => Response = () => HttpResponse.json(formats)) {
  let i = 0;
  server.use(
    http.get(`${BASE}/formats`, formatsAnswer),
    http.post(`${BASE}/download-as`, () => list[Math.min(i++, list.length - 1)]()),
  );
  const fake = fakeEnvironment();
  const onClose = jest.fn();
  render(<DownloadAsDialog attachmentId="11" env={fake.env} onClose={onClose} />);
  return { fake, onClose, user: userEvent.setup() };
}

const polls = () => seen.filter((r) => r.path.endsWith('/download-as'));

test('offers the file formats with PDF first chosen, and the base name', async () => {
  setup();

  expect(screen.getByRole('dialog', { name: 'Download as' })).toBeTruthy();
  const name = (await screen.findByLabelText('File name')) as HTMLInputElement;
  const format = screen.getByLabelText('Format') as HTMLSelectElement;
  expect(name.value).toBe('Notes');
  expect(format.value).toBe('pdf');
  expect([...format.options].map((o) => o.textContent)).toEqual([
    'PDF document', 'PDF/A (PDF for archiving)', 'Word document (DOCX)', 'OpenDocument text (ODT)', 'PNG image',
  ]);
  expect([...format.querySelectorAll('optgroup')].map((g) => [g.label, g.children.length])).toEqual([
    ['PDF', 2], ['Microsoft Office', 1], ['OpenDocument (LibreOffice, OpenOffice)', 1], ['Images', 1],
  ]);
  const preview = document.getElementById('docsbridge-download-as-name-preview')!;
  expect(preview.textContent).toBe('Downloads asNotes.pdf');
  expect(name.getAttribute('aria-describedby')).toBe('docsbridge-download-as-name-preview');
  expect(screen.getByText('Converts Notes.odt. Nothing is saved in Confluence.')).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(name));
  expect([name.selectionStart, name.selectionEnd]).toEqual([0, 'Notes'.length]);
  expect(seen.map((r) => r.path)).toEqual(['/confluence/plugins/servlet/onlyoffice/formats?attachmentId=11']);
});

test('converts under the chosen name, shows progress, then downloads once', async () => {
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const { fake, user } = setup([
    () => HttpResponse.json({ done: false, percent: 0 }),
    () => HttpResponse.json({ done: false, percent: 0 }),
  ]);
  server.use(
    http.post(`${BASE}/download-as`, async () => {
      await finished;
      return HttpResponse.json({ done: true, percent: 100, fileName: 'Minutes March.docx', downloadUrl });
    }),
  );
  const name = (await screen.findByLabelText('File name')) as HTMLInputElement;

  await user.clear(name);
  await user.type(name, 'Minutes March');
  await user.selectOptions(screen.getByLabelText('Format'), 'docx');
  expect(screen.getByTestId('docsbridge-download-as-file-name').textContent).toBe('Minutes March.docx');
  await user.click(screen.getByRole('button', { name: 'Download' }));

  expect(await screen.findByRole('progressbar', { name: 'Conversion progress' })).toBeTruthy();
  expect(screen.getByText('Converting Notes.odt to Word document (DOCX)…').getAttribute('aria-live')).toBe('polite');
  finish();
  expect((await screen.findByRole('status')).textContent).toBe('The download of Minutes March.docx has started.');
  expect(fake.downloads).toEqual([downloadUrl]);
  const again = screen.getByRole('link', { name: 'Download again' });
  expect(again.getAttribute('href')).toBe(downloadUrl);
  expect(polls().length).toBeGreaterThanOrEqual(1);
  for (const poll of polls()) expect(poll.body).toEqual({ attachmentId: '11', target: 'docx', fileName: 'Minutes March' });
  expect(polls()[0].headers['x-atlassian-token']).toBe('no-check');
  expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
});

test('checks the name before converting', async () => {
  const { user } = setup();
  const name = (await screen.findByLabelText('File name')) as HTMLInputElement;

  await user.clear(name);
  await user.type(name, 'a<b');
  await user.keyboard('{Enter}');

  expect(screen.getByRole('alert').textContent).toBe('A name cannot contain any of these characters: \\ / : * ? " < > |');
  expect(name.getAttribute('aria-invalid')).toBe('true');
  expect(polls()).toEqual([]);
});

test('shows a name the server refused next to the field and keeps the form', async () => {
  const { user } = setup([() => HttpResponse.json({ error: 'invalidName', message: 'Server: bad name.' }, { status: 400 })]);
  await screen.findByLabelText('File name');

  await user.click(screen.getByRole('button', { name: 'Download' }));

  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Server: bad name.'));
  expect(screen.getByLabelText('File name')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy();
});

test('explains a conversion error that another try may fix, and lets the user try again', async () => {
  const { user } = setup([
    () => HttpResponse.json({ error: 'unavailable', message: 'The ONLYOFFICE Docs server cannot be reached.' }, { status: 503 }),
    () => HttpResponse.json({ done: true, percent: 100, fileName: 'Notes.pdf', downloadUrl }),
  ]);
  await screen.findByLabelText('File name');

  await user.click(screen.getByRole('button', { name: 'Download' }));
  expect((await screen.findByRole('alert')).textContent).toBe('The ONLYOFFICE Docs server cannot be reached.');

  await user.click(screen.getByRole('button', { name: 'Download' }));
  expect((await screen.findByRole('status')).textContent).toBe('The download of Notes.pdf has started.');
});

test('a password-protected file is explained without a Download button that cannot help', async () => {
  const { user } = setup([
    () => HttpResponse.json({ error: 'password', code: -5, message: 'The file is protected by a password.' }, { status: 422 }),
  ]);
  await screen.findByLabelText('File name');

  await user.click(screen.getByRole('button', { name: 'Download' }));
  expect((await screen.findByRole('alert')).textContent).toBe('The file is protected by a password.');
  expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
  expect(screen.queryByLabelText('File name')).toBeNull();
  expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
});

test('an app that is not set up any more says so', async () => {
  setup([], () => HttpResponse.json({ error: 'notConfigured', message: 'ONLYOFFICE Docs is not set up yet. Please ask your Confluence administrator to configure it.' }, { status: 503 }));

  expect((await screen.findByRole('alert')).textContent).toContain('ONLYOFFICE Docs is not set up yet');
  expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
});

test('says so when the file has no other format', async () => {
  setup([], () => HttpResponse.json({ ...formats, downloadAs: [] }));

  expect((await screen.findByTestId('docsbridge-download-as-none')).textContent).toBe('This file cannot be downloaded in another format.');
  expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
});

test('explains a file that cannot be loaded', async () => {
  setup([], () => HttpResponse.json({ error: 'notFound' }, { status: 404 }));

  expect((await screen.findByRole('alert')).textContent).toBe(
    'The file does not exist any more, or you do not have permission to see it.',
  );
});

test('an ended session says so with a way to log in again, not "the file does not exist"', async () => {
  setup([], () => HttpResponse.json({ error: 'loginRequired', message: 'Your Confluence session has ended. Log in again, then repeat what you were doing.' }, { status: 401 }));

  expect((await screen.findByRole('alert')).textContent).toBe('Your Confluence session has ended. Log in again, then repeat what you were doing.');
  expect(screen.getByRole('link', { name: 'Log in again' })).toBeTruthy();
});

test('a PDF/A download is a .pdf file, and a trailing dot is not doubled', async () => {
  const { user } = setup();
  const name = (await screen.findByLabelText('File name')) as HTMLInputElement;
  await user.selectOptions(screen.getByLabelText('Format'), 'pdfa');
  expect(screen.getByTestId('docsbridge-download-as-file-name').textContent).toBe('Notes.pdf');
  await user.clear(name);
  await user.type(name, 'Trailing dot.');
  expect(screen.getByTestId('docsbridge-download-as-file-name').textContent).toBe('Trailing dot.pdf');
});

test('an invalid name shows the error instead of the preview', async () => {
  const { user } = setup();
  const name = (await screen.findByLabelText('File name')) as HTMLInputElement;
  await user.clear(name);
  await user.click(screen.getByRole('button', { name: 'Download' }));
  expect(screen.getByRole('alert').textContent).toBe('Enter a name.');
  expect(screen.queryByTestId('docsbridge-download-as-file-name')).toBeNull();
});
