/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { http, HttpResponse } from 'msw';
import { renderButton } from '../../../frontend/preview/button';
import { BASE, useApiServer } from '../dialogs/support';

const { server, seen } = useApiServer();

const formats = (access: string | null) => ({
  id: 11, pageId: 7, fileName: 'a.docx', editorUrl: '/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=11',
  access, convert: null, downloadAs: [],
});

test.each([
  ['edit', 'Edit in ONLYOFFICE'],
  ['view', 'View in ONLYOFFICE'],
])('renders a new-tab link for %s access', async (access, label) => {
  server.use(http.get(`${BASE}/formats`, () => HttpResponse.json(formats(access))));
  const container = document.createElement('span');

  await renderButton(container, 11);

  const link = container.querySelector('a.docsbridge-preview-open') as HTMLAnchorElement;
  expect(link.textContent).toBe(label);
  expect(link.getAttribute('href')).toBe('/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=11');
  expect(link.target).toBe('_blank');
  expect(link.rel).toBe('noopener');
  expect(link.dataset.access).toBe(access);
});

test('renders nothing for files ONLYOFFICE does not open, files the user may not see, or no id', async () => {
  server.use(http.get(`${BASE}/formats`, ({ request }) =>
    new URL(request.url).searchParams.get('attachmentId') === '11'
      ? HttpResponse.json(formats(null))
      : HttpResponse.json({ error: 'notFound' }, { status: 404 })));
  const container = document.createElement('span');
  container.textContent = 'stale';

  await renderButton(container, '11');
  expect(container.innerHTML).toBe('');
  await renderButton(container, 12);
  expect(container.innerHTML).toBe('');
  await renderButton(container, undefined);
  expect(container.innerHTML).toBe('');
  expect(seen).toHaveLength(2);
});
