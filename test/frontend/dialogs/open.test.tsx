/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { closeDialog, CONTAINER_ID, openDialog } from '../../../frontend/dialogs/open';
import { BASE, fakeEnvironment, useApiServer } from './support';

const { server, seen } = useApiServer();

afterEach(() => {
  act(() => closeDialog());
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function trigger(): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = '#';
  link.textContent = 'trigger';
  document.body.appendChild(link);
  return link;
}

test('the bundle defines the global the page script calls', async () => {
  await import('../../../frontend/dialogs/index');
  expect(typeof window.docsbridgeDialogs?.open).toBe('function');
});

test('mounts one dialog in its own container; closing removes it and returns the focus to the link', async () => {
  const link = trigger();
  const user = userEvent.setup();

  act(() => openDialog('create', { pageId: '7' }, link, fakeEnvironment().env));
  expect(document.getElementById(CONTAINER_ID)).not.toBeNull();
  expect(await screen.findByRole('dialog', { name: 'Create a new document' })).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'Cancel' }));

  expect(document.getElementById(CONTAINER_ID)).toBeNull();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(link);
});

test('a second dialog replaces the first', async () => {
  server.use(
    http.get(`${BASE}/formats`, () => HttpResponse.json({ id: 11, pageId: 7, fileName: 'a.docx', editorUrl: '', access: 'view', convert: null, downloadAs: ['pdf'] })),
  );
  act(() => openDialog('create', { pageId: '7' }, null, fakeEnvironment().env));
  act(() => openDialog('download-as', { attachmentId: '11' }, null, fakeEnvironment().env));

  expect(await screen.findByRole('dialog', { name: 'Download as' })).toBeTruthy();
  expect(screen.queryByRole('dialog', { name: 'Create a new document' })).toBeNull();
  expect(document.querySelectorAll(`#${CONTAINER_ID}`)).toHaveLength(1);
});

test('takes the page id from the page when the link has none', async () => {
  const meta = document.createElement('meta');
  meta.name = 'ajs-page-id';
  meta.content = '4242';
  document.head.appendChild(meta);
  server.use(
    http.post(`${BASE}/create`, () => HttpResponse.json({ id: 1, pageId: 4242, fileName: 'a.docx', editorUrl: '/e' })),
    http.get(`${BASE}/formats`, () => HttpResponse.json({ pageId: 4242, fileNames: [] })),
  );
  const user = userEvent.setup();

  act(() => openDialog('create', { pageId: '$page.id' }, null, fakeEnvironment().env));
  await user.click(await screen.findByRole('button', { name: 'Create' }));

  const posts = () => seen.filter((r) => r.method === 'POST');
  await waitFor(() => expect(posts()).toHaveLength(1));
  expect(posts()[0].body).toMatchObject({ pageId: '4242' });
  expect(seen[0].path).toBe('/confluence/plugins/servlet/onlyoffice/formats?pageId=4242');
});

test('an unknown kind opens nothing', () => {
  act(() => openDialog('print', {}, null, fakeEnvironment().env));
  expect(document.getElementById(CONTAINER_ID)).toBeNull();
});
