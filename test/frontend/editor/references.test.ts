/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { DocEditor } from '../../../frontend/types/docsapi';
import { referenceEvents } from '../../../frontend/editor/references';

// Linked data between spreadsheets: what the launcher answers the editor's external-link events with.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ctx = { pageId: 3, attachmentId: 7, pickerResources: ['/picker.js'] };
const ref = { referenceData: { fileKey: '42', instanceId: 'wiki' }, path: 'Budget.xlsx' };

function fakeEditor() {
  const calls: Array<[string, unknown]> = [];
  const editor = {
    setReferenceData: (d: unknown) => calls.push(['setReferenceData', d]),
    setReferenceSource: (d: unknown) => calls.push(['setReferenceSource', d]),
    showMessage: (t: string) => calls.push(['showMessage', t]),
  } as unknown as DocEditor;
  return { editor, calls };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

test('Update values posts what the editor sent and hands the signed object, or the refusal, to setReferenceData', async () => {
  const bodies: unknown[] = [];
  server.use(
    http.post('*/plugins/servlet/onlyoffice/reference', async ({ request }) => {
      bodies.push(await request.json());
      return bodies.length === 1
        ? HttpResponse.json({ command: { fileType: 'xlsx', path: 'Budget.xlsx', url: 'u', token: 't' } })
        : HttpResponse.json({ error: 'notFound', message: 'The linked file cannot be found.' }, { status: 404 });
    }),
  );
  const { editor, calls } = fakeEditor();
  const events = referenceEvents(document, ctx, true, () => editor);
  events.onRequestReferenceData!({ data: { ...ref, link: 'x', extra: 'dropped' } as never });
  await until(() => calls.length === 1);
  expect(bodies[0]).toEqual({ editorAttachmentId: '7', action: 'data', ...ref, link: 'x' });
  expect(calls[0]).toEqual(['setReferenceData', { fileType: 'xlsx', path: 'Budget.xlsx', url: 'u', token: 't' }]);

  events.onRequestReferenceData!({ data: ref });
  await until(() => calls.length === 2);
  expect(calls[1]).toEqual(['setReferenceData', { error: 'The linked file cannot be found.' }]);
});

test('Open source opens the tab at once (pop-up blockers), then sends it to the source; a refusal closes it and says why', async () => {
  let answer: () => Response = () => HttpResponse.json({ url: 'http://wiki/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=42' });
  server.use(http.post('*/plugins/servlet/onlyoffice/reference', () => answer()));
  const tab = { closed: false, location: { href: 'about:blank' }, close: jest.fn() };
  const open = jest.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
  const { editor, calls } = fakeEditor();
  const events = referenceEvents(document, ctx, false, () => editor);
  expect(events.onRequestReferenceData).toBeUndefined();
  expect(events.onRequestReferenceSource).toBeUndefined();

  events.onRequestOpen!({ data: { ...ref, windowName: 'w1' } });
  expect(open).toHaveBeenCalledWith('', 'w1'); // synchronously, in the event handler
  await until(() => tab.location.href !== 'about:blank');
  expect(tab.location.href).toBe('http://wiki/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=42');

  answer = () => HttpResponse.json({ error: 'notFound', message: 'Not yours to see.' }, { status: 404 });
  events.onRequestOpen!({ data: ref });
  expect(open).toHaveBeenLastCalledWith('', '_blank');
  await until(() => calls.length === 1);
  expect(tab.close).toHaveBeenCalled();
  expect(calls[0]).toEqual(['showMessage', 'Not yours to see.']);
  open.mockRestore();
});
