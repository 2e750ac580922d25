/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { CreateDialog } from '../../../frontend/dialogs/CreateDialog';
import { BASE, fakeEnvironment, useApiServer } from './support';

const { server, seen } = useApiServer();
const posts = () => seen.filter((r) => r.method === 'POST');

function setup(existing: string[] = []) {
  server.use(http.get(`${BASE}/formats`, () => HttpResponse.json({ pageId: 7, fileNames: existing })));
  const fake = fakeEnvironment();
  const onClose = jest.fn();
  const user = userEvent.setup();
  render(<CreateDialog pageId="7" env={fake.env} onClose={onClose} />);
  return { fake, onClose, user, name: screen.getByLabelText('Name') as HTMLInputElement };
}

const created = { id: 1001, pageId: 7, fileName: 'Kick-off.pptx', editorUrl: '/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=1001' };

test('offers the four types with a default name, labelled for screen readers, focus on the name', async () => {
  const { name } = setup();

  expect(screen.getByRole('dialog', { name: 'Create a new document' })).toBeTruthy();
  const group = screen.getByRole('group', { name: 'Type of document' });
  expect(group).toBeTruthy();
  expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['docx', 'xlsx', 'pptx', 'pdf']);
  expect((screen.getByRole('radio', { name: 'Document' }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getByRole('radio', { name: 'PDF form' })).toBeTruthy();
  expect(name.value).toBe('New document');
  expect(name.id).toBe('docsbridge-create-name');
  await waitFor(() => expect(document.activeElement).toBe(name));
  expect(screen.getByText('Saved as New document.docx').closest('#docsbridge-create-name-preview')).not.toBeNull();
  expect(name.getAttribute('aria-describedby')).toBe('docsbridge-create-name-preview');
  expect(name.selectionStart).toBe(0);
  expect(name.selectionEnd).toBe('New document'.length);
});

test('changing the type changes the default name, but never a name the user typed', async () => {
  const { user, name } = setup();

  await user.click(screen.getByRole('radio', { name: 'Spreadsheet' }));
  expect(name.value).toBe('New spreadsheet');
  expect(screen.getByText(/Saved as New spreadsheet\.xlsx/)).toBeTruthy();

  await user.clear(name);
  await user.type(name, 'Budget');
  await user.click(screen.getByRole('radio', { name: 'Presentation' }));
  expect(name.value).toBe('Budget');
  expect(screen.getByText(/Saved as Budget\.pptx/)).toBeTruthy();
});

test('explains a bad name next to the field and sends nothing', async () => {
  const { user, name } = setup();

  await user.clear(name);
  await user.type(name, 'a/b');
  await user.click(screen.getByRole('button', { name: 'Create' }));

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe('A name cannot contain any of these characters: \\ / : * ? " < > |');
  expect(alert.id).toBe('docsbridge-create-name-error');
  expect(name.getAttribute('aria-describedby')).toContain('docsbridge-create-name-error');
  expect(name.getAttribute('aria-invalid')).toBe('true');
  expect(document.activeElement).toBe(name);

  await user.clear(name);
  expect(screen.getByRole('alert').textContent).toBe('Enter a name.');
  await user.type(name, 'ok');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(seen.filter((r) => r.method !== 'GET')).toEqual([]);
});

test('creates by POST with the XSRF header, opens the editor in the reserved tab and reloads the page', async () => {
  server.use(http.post(`${BASE}/create`, () => HttpResponse.json(created)));
  const { fake, onClose, user, name } = setup();

  await user.click(screen.getByRole('radio', { name: 'Presentation' }));
  await user.clear(name);
  await user.type(name, ' Kick-off ');
  await user.click(screen.getByRole('button', { name: 'Create' }));

  await waitFor(() => expect(onClose).toHaveBeenCalled());
  expect(posts()).toHaveLength(1);
  expect(posts()[0].method).toBe('POST');
  expect(posts()[0].path).toBe('/confluence/plugins/servlet/onlyoffice/create');
  expect(posts()[0].body).toEqual({ pageId: '7', type: 'pptx', fileName: 'Kick-off' });
  expect(posts()[0].headers['x-atlassian-token']).toBe('no-check');
  expect(posts()[0].headers['content-type']).toBe('application/json');
  expect(fake.tabs).toEqual([created.editorUrl]);
  expect(fake.reloads).toBe(1);
});

test('works with the keyboard alone: arrows choose the type, Enter creates', async () => {
  server.use(http.post(`${BASE}/create`, () => HttpResponse.json({ ...created, fileName: 'New spreadsheet.xlsx' })));
  const { fake, onClose, user, name } = setup();
  await waitFor(() => expect(document.activeElement).toBe(name));

  await user.tab({ shift: true });
  expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Document' }));
  await user.keyboard('{ArrowDown}');
  expect((screen.getByRole('radio', { name: 'Spreadsheet' }) as HTMLInputElement).checked).toBe(true);
  await user.tab();
  expect(document.activeElement).toBe(name);
  expect(name.value).toBe('New spreadsheet');
  await user.keyboard('{Enter}');

  await waitFor(() => expect(onClose).toHaveBeenCalled());
  expect(posts()[0].body).toEqual({ pageId: '7', type: 'xlsx', fileName: 'New spreadsheet' });
  expect(fake.tabs).toEqual([created.editorUrl]);
});

test('shows a name the server refused next to the field, and closes the reserved tab', async () => {
  server.use(
    http.post(`${BASE}/create`, () =>
      HttpResponse.json({ error: 'invalidName', problem: 'CONTROL_CHARACTER', message: 'Server says: bad name.' }, { status: 400 }),
    ),
  );
  const { fake, onClose, user } = setup();

  await user.click(screen.getByRole('button', { name: 'Create' }));

  expect((await screen.findByRole('alert')).textContent).toBe('Server says: bad name.');
  expect(fake.tabs).toEqual([null]);
  expect(onClose).not.toHaveBeenCalled();
});

test('shows why the server refused, e.g. no permission', async () => {
  server.use(
    http.post(`${BASE}/create`, () =>
      HttpResponse.json({ error: 'forbidden', message: 'You do not have permission to add attachments to this page.' }, { status: 403 }),
    ),
  );
  const { fake, user } = setup();

  await user.click(screen.getByRole('button', { name: 'Create' }));

  expect((await screen.findByTestId('docsbridge-create-error')).textContent).toContain(
    'You do not have permission to add attachments to this page.',
  );
  expect(fake.tabs).toEqual([null]);
  expect(fake.reloads).toBe(0);
});

test('explains a lost connection', async () => {
  server.use(http.post(`${BASE}/create`, () => HttpResponse.error()));
  const { user } = setup();

  await user.click(screen.getByRole('button', { name: 'Create' }));

  expect((await screen.findByTestId('docsbridge-create-error')).textContent).toContain(
    'Confluence cannot be reached. Check your connection and try again.',
  );
});

test('offers a link when the browser blocked the new tab; closing then reloads', async () => {
  server.use(http.post(`${BASE}/create`, () => HttpResponse.json(created)));
  const { fake, onClose, user } = setup();
  fake.tabsAllowed = false;

  await user.click(screen.getByRole('button', { name: 'Create' }));

  expect((await screen.findByRole('status')).textContent).toBe('Kick-off.pptx was created. If no new tab opened, open it here:');
  const open = screen.getByRole('link', { name: /^Open in ONLYOFFICE/ });
  expect(open.getAttribute('href')).toBe(created.editorUrl);
  expect(open.getAttribute('target')).toBe('_blank');
  expect(onClose).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(onClose).toHaveBeenCalled();
  expect(fake.reloads).toBe(1);
});

test('Escape closes without creating', async () => {
  const { onClose, user } = setup();

  await user.keyboard('{Escape}');

  expect(onClose).toHaveBeenCalled();
  expect(posts()).toEqual([]);
});

test('an ended session says so with a way to log in again, not "HTTP 200"', async () => {
  server.use(
    http.post(`${BASE}/create`, () => new HttpResponse('<html>Log in</html>', { headers: { 'Content-Type': 'text/html' } })),
  );
  const { user } = setup();

  await user.click(screen.getByRole('button', { name: 'Create' }));

  const error = await screen.findByTestId('docsbridge-create-error');
  expect(error.textContent).toContain('Your Confluence session has ended. Log in again');
  expect(error.textContent).not.toContain('HTTP');
  expect(screen.getByRole('link', { name: 'Log in again' }).getAttribute('href')).toMatch(/^\/confluence\/login\.action\?os_destination=/);
});

test('typing replaces the selected default name; a bad name shows only the error, not a contradicting preview', async () => {
  const { user, name } = setup();
  await waitFor(() => expect(document.activeElement).toBe(name));

  await user.keyboard('Minutes');
  expect(name.value).toBe('Minutes');
  expect(screen.getByText('Saved as Minutes.docx')).toBeTruthy();

  await user.type(name, '/1');
  await user.click(screen.getByRole('button', { name: 'Create' }));
  expect((await screen.findByRole('alert')).id).toBe('docsbridge-create-name-error');
  expect(screen.queryByText(/^Saved as/)).toBeNull();
  expect(name.getAttribute('aria-describedby')).toBe('docsbridge-create-name-error');
});

test('a trailing dot is not doubled in the stored name', async () => {
  const { user, name } = setup();
  await user.clear(name);
  await user.type(name, 'Trailing dot.');
  expect(screen.getByText('Saved as Trailing dot.docx')).toBeTruthy();
});

test('a name taken by another attachment is reported before submitting, with the name the file will get', async () => {
  const { user, name } = setup(['Plan.xlsx', 'plan (1).xlsx', 'Notes.docx']);
  await user.click(screen.getByRole('radio', { name: 'Spreadsheet' }));
  await user.clear(name);
  await user.type(name, 'Plan');

  const warning = await screen.findByText(
    'A file named Plan.xlsx is already attached to this page. Change the name, or the new file will be called Plan (2).xlsx.',
  );
  expect(warning.id).toBe('docsbridge-create-name-warning');
  expect(name.getAttribute('aria-describedby')).toBe('docsbridge-create-name-preview docsbridge-create-name-warning');
  expect(name.getAttribute('aria-invalid')).not.toBe('true');

  await user.type(name, ' B');
  expect(screen.queryByText(/already attached/)).toBeNull();
});

test('a long name wraps instead of widening the dialog', async () => {
  const { user, name } = setup();
  await user.clear(name);
  const long = 'Quarterly'.repeat(20);
  await user.type(name, long);
  const preview = screen.getByText(`Saved as ${long}.docx`);
  expect(preview.style.overflowWrap).toBe('anywhere');
});
