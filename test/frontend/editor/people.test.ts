/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { peopleEvents, peopleQuery } from '../../../frontend/editor/people';
import type { DocEditor } from '../../../frontend/types/docsapi';

// The launcher's people handlers (docs-api §2.4): onRequestUsers → the people endpoint → setUsers, in both the
// unpaged and the paged shape; onRequestSendNotify → the mentions endpoint; a reason the user can read on failure.
const PEOPLE = 'http://localhost/confluence/plugins/servlet/onlyoffice/people';
const MENTIONS = 'http://localhost/confluence/plugins/servlet/onlyoffice/mentions';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.getElementById('docsbridge-notice')?.remove();
});
afterAll(() => server.close());

function recordingEditor() {
  const calls: unknown[] = [];
  let wake: () => void = () => undefined;
  const editor = {
    destroyEditor: jest.fn(),
    refreshFile: jest.fn(),
    setUsers: (arg: unknown) => {
      calls.push(arg);
      wake();
    },
  } as unknown as DocEditor;
  const next = () => new Promise<void>((resolve) => {
    wake = resolve;
    if (calls.length) resolve();
  });
  return { editor, calls, next };
}

const bob = { id: 'key-bob', name: 'Bob Baker', email: 'bob@example.com', image: 'http://wiki/bob.png' };

test('the query carries the editor request: paging only when the editor pages, ids for info', () => {
  expect(peopleQuery(7, { c: 'mention' })).toBe('attachmentId=7&c=mention');
  expect(peopleQuery(7, { c: 'mention', search: 'bo b', from: 20, count: 10 })).toBe('attachmentId=7&c=mention&search=bo+b&from=20&count=10');
  expect(peopleQuery(7, { c: 'info', id: ['a', 'b'] })).toBe('attachmentId=7&c=info&id=a&id=b');
  expect(peopleQuery(7, { c: 'protect', from: -1, count: 2.5 } as never)).toBe('attachmentId=7&c=protect');
});

test('an unpaged request gets the list as it is; a paged one tells the editor it pages and the total', async () => {
  const asked: string[] = [];
  server.use(http.get(PEOPLE, ({ request }) => {
    const url = new URL(request.url);
    asked.push(url.search);
    const paged = url.searchParams.has('from');
    return HttpResponse.json({ c: 'mention', users: [bob], total: 31, isPaginated: paged });
  }));
  const { editor, calls, next } = recordingEditor();
  const events = peopleEvents(document, { attachmentId: 7 }, () => editor);
  events.onRequestUsers!({ data: { c: 'mention' } });
  await next();
  expect(calls[0]).toEqual({ c: 'mention', users: [bob] });
  calls.length = 0;
  events.onRequestUsers!({ data: { c: 'mention', search: 'bo', from: 0, count: 10 } });
  await next();
  expect(calls[0]).toEqual({ c: 'mention', users: [bob], isPaginated: true, total: 31 });
  expect(asked).toEqual(['?attachmentId=7&c=mention', '?attachmentId=7&c=mention&search=bo&from=0&count=10']);
});

test('a refusal still answers the editor (empty list) and tells the user why', async () => {
  server.use(http.get(PEOPLE, () => HttpResponse.json({ error: 'notFound', message: 'The file does not exist any more, or you do not have permission to see it.' }, { status: 404 })));
  const { editor, calls, next } = recordingEditor();
  peopleEvents(document, { attachmentId: 7 }, () => editor).onRequestUsers!({ data: { c: 'protect' } });
  await next();
  expect(calls[0]).toEqual({ c: 'protect', users: [] });
  expect(document.getElementById('docsbridge-notice')?.textContent).toContain('you do not have permission to see it');
});

test('info without ids asks nothing', async () => {
  const { editor, calls } = recordingEditor();
  peopleEvents(document, { attachmentId: 7 }, () => editor).onRequestUsers!({ data: { c: 'info', id: [] } });
  expect(calls).toEqual([{ c: 'info', users: [] }]);
});

test('a comment that mentions people is sent with its action link; no mail server: the user is told', async () => {
  const bodies: unknown[] = [];
  let answer = { ok: true, mailServer: true };
  server.use(http.post(MENTIONS, async ({ request }) => {
    expect(request.headers.get('X-Atlassian-Token')).toBe('no-check');
    bodies.push(await request.json());
    return HttpResponse.json(answer);
  }));
  const events = peopleEvents(document, { attachmentId: 7 }, () => null);
  const data = { actionLink: { action: { type: 'comment', data: '1_5' } }, message: '+bob@example.com hi', emails: ['bob@example.com', 3 as never] };
  events.onRequestSendNotify!({ data });
  await new Promise((r) => setTimeout(r, 50));
  expect(bodies).toEqual([{ attachmentId: 7, message: '+bob@example.com hi', emails: ['bob@example.com'], actionLink: data.actionLink }]);
  expect(document.getElementById('docsbridge-notice')).toBeNull();

  answer = { ok: true, mailServer: false };
  events.onRequestSendNotify!({ data });
  await new Promise((r) => setTimeout(r, 50));
  expect(document.getElementById('docsbridge-notice')?.textContent).toContain('nobody was e-mailed: Confluence has no outgoing mail server');

  events.onRequestSendNotify!({ data: { message: 'no one', emails: [] } });
  await new Promise((r) => setTimeout(r, 50));
  expect(bodies).toHaveLength(2);
});

test('a failed notification says the comment is kept', async () => {
  server.use(http.post(MENTIONS, () => HttpResponse.error()));
  peopleEvents(document, { attachmentId: 7 }, () => null).onRequestSendNotify!({ data: { message: 'x', emails: ['bob@example.com'] } });
  await new Promise((r) => setTimeout(r, 50));
  expect(document.getElementById('docsbridge-notice')?.textContent).toContain('could not be notified. Your comment is in the document');
});
