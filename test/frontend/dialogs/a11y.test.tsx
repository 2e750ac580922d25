/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// axe-core over each dialog in its main states. Colour contrast is left out: jsdom does not lay out or paint.
import axe from 'axe-core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { CreateDialog } from '../../../frontend/dialogs/CreateDialog';
import { ConvertDialog } from '../../../frontend/dialogs/ConvertDialog';
import { DownloadAsDialog } from '../../../frontend/dialogs/DownloadAsDialog';
import { BASE, fakeEnvironment, useApiServer } from './support';

const { server } = useApiServer();

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const formats = { id: 11, pageId: 7, fileName: 'Notes.odt', editorUrl: '/e', access: 'view', convert: 'docx', downloadAs: ['docx', 'pdf'] };

test('New document, with a refused name', async () => {
  render(<CreateDialog pageId="7" env={fakeEnvironment().env} onClose={() => undefined} />);
  const user = userEvent.setup();
  await user.clear(screen.getByLabelText('Name'));
  await user.click(screen.getByRole('button', { name: 'Create' }));
  await screen.findByRole('alert');
  expect(await violations()).toEqual([]);
});

test('Convert, running and failed', async () => {
  let answer = () => HttpResponse.json({ done: false, percent: 30 });
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json(formats)),
    http.post(`${BASE}/convert`, () => answer()),
  );
  render(<ConvertDialog attachmentId="11" target="docx" env={fakeEnvironment().env} onClose={() => undefined} />);
  await screen.findByText('Converting Notes.odt to DOCX…');
  expect(await violations()).toEqual([]);

  answer = () => HttpResponse.json({ error: 'password', message: 'Protected.' }, { status: 422 });
  await screen.findByRole('alert');
  expect(await violations()).toEqual([]);
});

test('Download as, the form and the finished download', async () => {
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json(formats)),
    http.post(`${BASE}/download-as`, () => HttpResponse.json({ done: true, percent: 100, fileName: 'Notes.pdf', downloadUrl: '/d' })),
  );
  render(<DownloadAsDialog attachmentId="11" env={fakeEnvironment().env} onClose={() => undefined} />);
  await screen.findByLabelText('File name');
  expect(await violations()).toEqual([]);

  await userEvent.setup().click(screen.getByRole('button', { name: 'Download' }));
  await screen.findByRole('status');
  expect(await violations()).toEqual([]);
});
