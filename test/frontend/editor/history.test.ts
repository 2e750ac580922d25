/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { historyEvents } from '../../../frontend/editor/history';
import type { EditorData } from '../../../frontend/editor/editorData';
import type { DocEditor, DocEditorConfig } from '../../../frontend/types/docsapi';

// The launcher's Version History handlers (docs-api §2.4): list, version data, restore for editors only, and a
// message the user can act on whenever the app refuses or cannot be reached.
const HISTORY = 'http://localhost/confluence/plugins/servlet/onlyoffice/history';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function config(mode: 'edit' | 'view'): DocEditorConfig {
  return {
    document: { title: 'Report.docx', key: 'key-v4', url: 'https://wiki/file?token=a', fileType: 'docx' },
    documentType: 'word',
    editorConfig: { mode },
  };
}

function data(extra: Partial<EditorData> = {}): EditorData {
  return {
    config: config('edit'),
    docsApiUrl: 'https://docs/api.js',
    refreshUrl: '/confluence/x',
    historyUrl: HISTORY,
    attachmentId: 7,
    goBackUrl: '/confluence/back',
    fileName: 'Report.docx',
    ...extra,
  };
}

/** An editor that records what the handlers call, resolving `settled` on each call. */
function recordingEditor() {
  const calls: Array<{ method: string; arg: unknown }> = [];
  let wake: () => void = () => undefined;
  const record = (method: string) => (arg: unknown) => {
    calls.push({ method, arg });
    wake();
  };
  const editor = {
    destroyEditor: jest.fn(),
    refreshFile: jest.fn(),
    refreshHistory: record('refreshHistory'),
    setHistoryData: record('setHistoryData'),
    showMessage: record('showMessage'),
  } as unknown as DocEditor;
  const next = (count: number) => new Promise<void>((resolve) => {
    wake = () => {
      if (calls.length >= count) resolve();
    };
    wake();
  });
  return { editor, calls, next };
}

const list = {
  currentVersion: 2,
  history: [
    { key: 'key-v1', version: 1, created: '2026-03-01T09:30:00Z', user: { id: 'admin', name: 'Admin' }, comment: '' },
    {
      key: 'key-v4', version: 2, created: '2026-03-02T10:00:00Z', user: { id: 'bob', name: '', image: '/confluence/avatars/bob.svg' },
      comment: 'Edited in ONLYOFFICE', changes: [{ user: { id: 'bob', name: 'Bob' } }], serverVersion: '8.3.0',
    },
  ],
  canRestore: true,
};

test('no history URL (history unavailable): no history handlers, so the editor shows no History button', () => {
  const { editor } = recordingEditor();
  expect(historyEvents(document, data({ historyUrl: undefined }), config('edit'), () => editor)).toEqual({});
});

test('the list goes to refreshHistory with dates made readable, nameless authors named and avatars absolute', async () => {
  document.documentElement.lang = 'en';
  server.use(http.get(HISTORY, ({ request }) => {
    expect(new URL(request.url).searchParams.get('attachmentId')).toBe('7');
    expect(new URL(request.url).searchParams.get('version')).toBeNull();
    return HttpResponse.json(list);
  }));
  const { editor, calls, next } = recordingEditor();
  historyEvents(document, data(), config('edit'), () => editor).onRequestHistory!();
  await next(1);
  expect(calls[0].method).toBe('refreshHistory');
  const shown = calls[0].arg as { currentVersion: number; history: Array<Record<string, unknown>> };
  expect(shown.currentVersion).toBe(2);
  expect(shown.history.map((h) => h.version)).toEqual([1, 2]);
  expect(shown.history[0].created).not.toMatch(/T\d\d:/); // formatted for people, not an ISO stamp
  expect(shown.history[0].created).toMatch(/2026/);
  expect(shown.history[1].user).toEqual({ id: 'bob', name: 'Unknown user', image: 'http://localhost/confluence/avatars/bob.svg' });
  // The Docs server's change list and server version are handed over untouched (they drive the highlights).
  expect(shown.history[1].changes).toEqual(list.history[1].changes);
  expect(shown.history[1].serverVersion).toBe('8.3.0');
});

test('a refused list becomes refreshHistory({error}) with the app\'s message, not an empty history', async () => {
  server.use(http.get(HISTORY, () => HttpResponse.json({ error: 'NOT_FOUND', message: 'This file no longer exists.' }, { status: 404 })));
  const { editor, calls, next } = recordingEditor();
  historyEvents(document, data(), config('view'), () => editor).onRequestHistory!();
  await next(1);
  expect(calls[0].method).toBe('refreshHistory');
  const error = (calls[0].arg as { error: string }).error;
  expect(error).toContain('This file no longer exists.');
});

test('version data: the signed object from the app goes to setHistoryData as it is; a failure names the version', async () => {
  const signed = { version: 1, key: 'key-v1', url: 'https://wiki/file?token=v1', fileType: 'docx', token: 'jwt' };
  server.use(http.get(HISTORY, ({ request }) => {
    const version = new URL(request.url).searchParams.get('version');
    return version === '1' ? HttpResponse.json(signed) : HttpResponse.json({ message: 'That version was removed.' }, { status: 404 });
  }));
  const { editor, calls, next } = recordingEditor();
  const events = historyEvents(document, data(), config('view'), () => editor);
  events.onRequestHistoryData!({ data: 1 });
  await next(1);
  expect(calls[0]).toEqual({ method: 'setHistoryData', arg: signed });
  events.onRequestHistoryData!({ data: 9 });
  await next(2);
  expect(calls[1]).toEqual({ method: 'setHistoryData', arg: { error: 'That version was removed.', version: 9 } });
});

test('viewers get no restore handler (the editor then shows no Restore button); editors do', () => {
  const { editor } = recordingEditor();
  expect(historyEvents(document, data(), config('view'), () => editor).onRequestRestore).toBeUndefined();
  expect(historyEvents(document, data(), config('edit'), () => editor).onRequestRestore).toBeInstanceOf(Function);
});

test('restore posts the version, the point\'s link and the editor\'s key with the XSRF header, then says what happened and refreshes', async () => {
  const posted: Array<{ body: unknown; token: string | null }> = [];
  server.use(
    http.post(HISTORY, async ({ request }) => {
      posted.push({ body: await request.json(), token: request.headers.get('X-Atlassian-Token') });
      return HttpResponse.json({ version: 3, restoredFrom: 1 });
    }),
    http.get(HISTORY, () => HttpResponse.json({ ...list, currentVersion: 3 })),
  );
  const { editor, calls, next } = recordingEditor();
  historyEvents(document, data(), config('edit'), () => editor)
    .onRequestRestore!({ data: { version: 1, url: 'https://docs/cache/files/point.docx', fileType: 'docx' } });
  await next(2);
  expect(posted).toEqual([{
    body: { attachmentId: 7, version: 1, url: 'https://docs/cache/files/point.docx', key: 'key-v4' },
    token: 'no-check',
  }]);
  expect(calls[0]).toEqual({ method: 'showMessage', arg: 'Version 1 was restored as version 3.' });
  expect(calls[1].method).toBe('refreshHistory');
  expect((calls[1].arg as { currentVersion: number }).currentVersion).toBe(3);
});

test('a refused restore (others editing) shows the app\'s message and changes nothing in the history panel', async () => {
  server.use(http.post(HISTORY, () => HttpResponse.json(
    { error: 'CO_EDITING', message: 'Others are editing this document. Restore it when they have closed it.' }, { status: 409 })));
  const { editor, calls, next } = recordingEditor();
  historyEvents(document, data(), config('edit'), () => editor).onRequestRestore!({ data: { version: 1 } });
  await next(1);
  expect(calls).toEqual([{ method: 'showMessage', arg: 'Others are editing this document. Restore it when they have closed it.' }]);
});

test('an unreachable app is reported in words, not as a stack trace', async () => {
  server.use(http.post(HISTORY, () => HttpResponse.error()));
  const { editor, calls, next } = recordingEditor();
  historyEvents(document, data(), config('edit'), () => editor).onRequestRestore!({ data: { version: 1 } });
  await next(1);
  expect(calls[0].method).toBe('showMessage');
  expect(calls[0].arg).toBe(WRM.I18n.getText('docsbridge.history.error.network'));
});

test('closing the history reloads the editor page, as the reference asks', () => {
  const reload = jest.fn();
  const fakeDoc = { defaultView: { location: { reload } }, documentElement: document.documentElement, baseURI: document.baseURI } as unknown as Document;
  const { editor } = recordingEditor();
  historyEvents(fakeDoc, data(), config('view'), () => editor).onRequestHistoryClose!();
  expect(reload).toHaveBeenCalledTimes(1);
});
