/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { ConvertDialog } from '../../../frontend/dialogs/ConvertDialog';
import { BASE, fakeEnvironment, useApiServer, type FakeEnvironment } from './support';

const { server, seen } = useApiServer();

const formats = { id: 11, pageId: 7, fileName: 'Letter.odt', editorUrl: '/confluence/x?attachmentId=11', access: 'view', convert: 'docx', downloadAs: ['docx', 'pdf'] };
const result = { id: 12, pageId: 7, fileName: 'Letter.docx', editorUrl: '/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=12' };

/** The convert endpoint answers these, one per poll; the last one repeats. */
function answers(...list: Array<() => Response>) {
  let i = 0;
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json(formats)),
    http.post(`${BASE}/convert`, () => list[Math.min(i++, list.length - 1)]()),
  );
}
const running = (percent = 0) => () => HttpResponse.json({ done: false, percent });
const done = () => HttpResponse.json({ done: true, percent: 100, attachment: result });
const failure = (status: number, body: object) => () => HttpResponse.json(body, { status });

function setup(fake: FakeEnvironment = fakeEnvironment()) {
  const onClose = jest.fn();
  render(<ConvertDialog attachmentId="11" target="docx" env={fake.env} onClose={onClose} />);
  return { fake, onClose, user: userEvent.setup() };
}

const converts = () => seen.filter((r) => r.path.endsWith('/convert'));

test('polls with the same request, shows progress, then offers the new attachment', async () => {
  answers(running(0), running(40), done);
  setup();

  expect(screen.getByRole('dialog', { name: 'Convert to DOCX' })).toBeTruthy();
  const bar = await screen.findByRole('progressbar', { name: 'Conversion progress' });
  expect(bar.getAttribute('aria-valuenow')).not.toBeNull();
  expect((await screen.findByText('Converting Letter.odt to DOCX…')).id).toBe('docsbridge-convert-progress-status');
  await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.4'));

  expect((await screen.findByRole('status')).textContent).toBe('Letter.docx was added to the attachments of this page.');
  expect(screen.queryByRole('progressbar')).toBeNull();
  const open = screen.getByRole('link', { name: /^Open in ONLYOFFICE/ });
  expect(open.getAttribute('href')).toBe(result.editorUrl);
  expect(open.getAttribute('target')).toBe('_blank');
  expect(converts()).toHaveLength(3);
  for (const request of converts()) {
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({ attachmentId: '11', target: 'docx' });
    expect(request.headers['x-atlassian-token']).toBe('no-check');
  }
});

test('closing after success reloads the page so that the new attachment shows', async () => {
  answers(done);
  const { fake, onClose, user } = setup();
  await screen.findByRole('status');

  await user.click(screen.getByRole('button', { name: 'Close' }));

  expect(onClose).toHaveBeenCalled();
  expect(fake.reloads).toBe(1);
  expect(fake.focusAfterReload).toBe(12);
});

test.each([
  ['password', -5, 'The file is protected by a password. Save it without the password, upload it again, then convert it.'],
  ['unreadable', -3, 'ONLYOFFICE Docs could not read the file.'],
  ['tooLarge', -10, 'The file is too large for ONLYOFFICE Docs to convert.'],
  ['download', -4, 'The ONLYOFFICE Docs server could not download the file from Confluence.'],
])('shows the server message for %s (%i)', async (error, code, message) => {
  answers(running(), failure(422, { error, code, message }));
  setup();

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(message);
  expect(screen.getByTestId('docsbridge-convert-error').textContent).toContain('The conversion failed');
});

test('explains an unreachable Docs server, and Try again converts again', async () => {
  answers(
    failure(503, { error: 'unavailable', message: 'The ONLYOFFICE Docs server cannot be reached. Try again later; if it keeps happening, tell your Confluence administrator.' }),
    done,
  );
  const { user } = setup();

  expect((await screen.findByRole('alert')).textContent).toContain('The ONLYOFFICE Docs server cannot be reached.');
  await user.click(screen.getByRole('button', { name: 'Try again' }));

  expect((await screen.findByRole('status')).textContent).toBe('Letter.docx was added to the attachments of this page.');
  expect(converts()).toHaveLength(2);
});

test('explains failures that carry no message: lost connection, proxy errors', async () => {
  answers(() => HttpResponse.error());
  setup();
  expect((await screen.findByRole('alert')).textContent).toBe('Confluence cannot be reached. Check your connection and try again.');
});

test('explains an answer that is not JSON', async () => {
  answers(() => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
  setup();
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Something went wrong (HTTP 502). Try again; if it keeps happening, tell your Confluence administrator.',
  );
});

test('does not offer Try again when the user may not convert', async () => {
  answers(failure(403, { error: 'forbidden', message: 'You do not have permission to add attachments to this page, so the converted file cannot be saved here.' }));
  setup();
  await screen.findByRole('alert');
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
});

test('gives up after the time limit', async () => {
  answers(running());
  const fake = fakeEnvironment();
  fake.env.pollTimeout = 30;
  setup(fake);

  expect((await screen.findByRole('alert')).textContent).toBe('The conversion took too long. Try again later.');
});

test('Cancel stops polling; focus starts on it so Enter or Escape never starts anything new', async () => {
  answers(running());
  const { onClose, user } = setup();
  await screen.findByRole('progressbar');
  const cancel = screen.getByRole('button', { name: 'Cancel' });
  await waitFor(() => expect(document.activeElement).toBe(cancel));

  await user.keyboard('{Enter}');

  expect(onClose).toHaveBeenCalled();
});

test.each([
  ['password', 'The file is protected by a password. Save it without the password, upload it again, then convert it.'],
  ['unreadable', 'ONLYOFFICE Docs could not read the file.'],
])('does not offer Try again where retrying cannot help (%s)', async (error, message) => {
  answers(failure(422, { error, message }));
  setup();
  expect((await screen.findByRole('alert')).textContent).toBe(message);
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
});

test('an ended session says so and links to the login page, which returns here', async () => {
  // Confluence sends the request of an ended session to its login page: HTML, status 200, after the redirect.
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json(formats)),
    http.post(`${BASE}/convert`, () => new HttpResponse('<html>Log in</html>', { headers: { 'Content-Type': 'text/html' } })),
  );
  setup();
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Your Confluence session has ended. Log in again, then repeat what you were doing.',
  );
  expect(screen.queryByText(/HTTP 200/)).toBeNull();
  const login = screen.getByRole('link', { name: 'Log in again' });
  expect(login.getAttribute('href')).toBe('/confluence/login.action?os_destination=' + encodeURIComponent(window.location.pathname + window.location.search));
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
});

function withPlan(plan: object, pageFileNames: string[] = ['Letter.odt']) {
  return { ...formats, convertPlan: plan, pageFileNames };
}

test('converting the same version again says the result already exists, links to it and adds nothing', async () => {
  const earlier = { ...result, version: 1 };
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json(withPlan({ fileName: 'Letter.docx', upToDate: true, nameTaken: false, earlier }))),
    http.post(`${BASE}/convert`, () => HttpResponse.json({ done: true, percent: 100, outcome: 'existing', attachment: earlier })),
  );
  const { fake, user } = setup();

  const status = await screen.findByRole('status');
  expect(status.textContent).toBe(
    'This version of Letter.odt was converted before, so nothing new was added. The result is Letter.docx (opens in a new tab).',
  );
  expect(screen.getByText('Already converted')).toBeTruthy();
  expect(screen.queryByText(/was added to the attachments/)).toBeNull();
  const link = screen.getByTestId('docsbridge-convert-result-link');
  expect(link.getAttribute('href')).toBe(result.editorUrl);
  expect(link.getAttribute('target')).toBe('_blank');

  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(fake.reloads).toBe(0);
});

test('a changed source becomes a new version of the earlier result, and closing reloads with the focus on it', async () => {
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json(withPlan({ fileName: 'Letter.docx', upToDate: false, nameTaken: false, earlier: { ...result, version: 1 } }))),
    http.post(`${BASE}/convert`, () => HttpResponse.json({ done: true, percent: 100, outcome: 'updated', attachment: { ...result, version: 2 } })),
  );
  const { fake, user } = setup();

  expect((await screen.findByRole('status')).textContent).toBe(
    'Letter.odt changed since it was last converted, so Letter.docx (opens in a new tab) now has a new version (version 2).',
  );
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(fake.reloads).toBe(1);
  expect(fake.focusAfterReload).toBe(12);
});

test('a result name taken by another file is reported before converting; the proposed name is selected', async () => {
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json(withPlan({ fileName: 'Letter.docx', upToDate: false, nameTaken: true }, ['Letter.odt', 'Letter.docx']))),
    http.post(`${BASE}/convert`, () => HttpResponse.json({ done: true, percent: 100, outcome: 'created', attachment: { ...result, fileName: 'Letter 2026.docx' } })),
  );
  const { user } = setup();

  expect(await screen.findByText('A file named Letter.docx is already attached to this page. Choose a name for the converted file.')).toBeTruthy();
  const name = screen.getByLabelText('Name of the converted file') as HTMLInputElement;
  expect(name.value).toBe('Letter (1)');
  await waitFor(() => expect(document.activeElement).toBe(name));
  expect([name.selectionStart, name.selectionEnd]).toEqual([0, 'Letter (1)'.length]);
  expect(converts()).toHaveLength(0);

  await user.clear(name);
  await user.type(name, 'Letter');
  expect(screen.getByText(/is already attached to this page\. Change the name, or the new file will be called Letter \(1\)\.docx\./)).toBeTruthy();
  await user.clear(name);
  await user.type(name, 'Letter 2026');
  await user.click(screen.getByRole('button', { name: 'Convert' }));

  expect((await screen.findByRole('status')).textContent).toBe('Letter 2026.docx was added to the attachments of this page.');
  expect(converts()[0].body).toEqual({ attachmentId: '11', target: 'docx', fileName: 'Letter 2026' });
});
