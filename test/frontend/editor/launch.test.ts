/** @jest-environment ./test/frontend/jsdomWithFetch.js */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { DocEditorConfig, DocEditorEvents } from '../../../frontend/types/docsapi';

// The editor launcher: loads api.js, opens the editor with the signed config, marks unsaved changes in the tab,
// refreshes a stale config, and says so plainly when the Docs server cannot be reached.
jest.mock('../../../frontend/editor/loadScript', () => ({ loadScript: jest.fn() }));
import { loadScript } from '../../../frontend/editor/loadScript';
import { launchEditor } from '../../../frontend/editor/launch';
import { UNSAVED_MARK } from '../../../frontend/editor/tabTitle';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  delete window.DocsAPI;
});
afterAll(() => server.close());

const config: DocEditorConfig = {
  document: { title: 'Report.docx', key: 'k1', url: 'https://wiki/file?token=a', fileType: 'docx' },
  documentType: 'word',
  editorConfig: { mode: 'edit' },
  token: 'signed',
};

function renderPage(extra: Record<string, unknown> = {}): void {
  const data = {
    config,
    docsApiUrl: 'https://docs.example.com/web-apps/apps/api/documents/api.js',
    refreshUrl: '/confluence/plugins/servlet/onlyoffice/editor-config?attachmentId=7',
    goBackUrl: '/confluence/pages/viewpageattachments.action?pageId=3',
    fileName: 'Report.docx',
    ...extra,
  };
  document.title = 'Report.docx - ONLYOFFICE';
  document.body.innerHTML = `<div id="docsbridge-editor"><div id="docsbridge-editor-placeholder"></div></div>
    <div id="docsbridge-status" hidden></div>
    <script type="application/json" id="docsbridge-editor-data">${JSON.stringify(data)}</script>`;
}

/** A stand-in for ONLYOFFICE's DocsAPI that records what the launcher hands it. */
function fakeDocsApi() {
  const opened: Array<{ placeholder: string; config: DocEditorConfig; refreshed: DocEditorConfig[] }> = [];
  window.DocsAPI = {
    DocEditor: class {
      private readonly record: { placeholder: string; config: DocEditorConfig; refreshed: DocEditorConfig[] };
      constructor(placeholder: string, editorConfig: DocEditorConfig) {
        this.record = { placeholder, config: editorConfig, refreshed: [] };
        opened.push(this.record);
      }
      destroyEditor(): void {}
      refreshFile(fresh: DocEditorConfig): void {
        this.record.refreshed.push(fresh);
      }
      insertImage(): void {}
      setRequestedDocument(): void {}
      setRequestedSpreadsheet(): void {}
      refreshHistory(): void {}
      setHistoryData(): void {}
    },
  };
  return opened;
}

const events = (opened: ReturnType<typeof fakeDocsApi>): DocEditorEvents => opened[0].config.events!;

test('opens the editor in the placeholder with the signed config as the server rendered it', async () => {
  renderPage();
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  const opened = fakeDocsApi();
  await launchEditor(document);
  expect(loadScript).toHaveBeenCalledWith(document, 'https://docs.example.com/web-apps/apps/api/documents/api.js', 8000);
  expect(opened).toHaveLength(1);
  expect(opened[0].placeholder).toBe('docsbridge-editor-placeholder');
  const { events: _events, ...passed } = opened[0].config;
  expect(passed).toEqual(config);
  // A spinner covers the editor while it loads, and goes once the editor's own interface is up.
  const status = document.getElementById('docsbridge-status')!;
  expect(status.hidden).toBe(false);
  expect(status.getAttribute('aria-busy')).toBe('true');
  expect(status.querySelector('.docsbridge-spinner')).not.toBeNull();
  expect(status.textContent).toContain('Opening Report.docx in ONLYOFFICE');
  expect(document.getElementById('docsbridge-editor')!.hasAttribute('hidden')).toBe(false);
  events(opened).onAppReady!();
  expect(status.hidden).toBe(true);
});

test('the spinner shows while api.js loads', async () => {
  renderPage();
  let finish: () => void = () => undefined;
  (loadScript as jest.Mock).mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
  fakeDocsApi();
  const launched = launchEditor(document);
  const status = document.getElementById('docsbridge-status')!;
  expect(status.hidden).toBe(false);
  expect(status.querySelector('.docsbridge-spinner')).not.toBeNull();
  finish();
  await launched;
});

test.each([
  [-20, 'do not share the same JWT secret', ['Back to the attachments', 'Check the ONLYOFFICE Docs address on the configuration page']],
  [-21, 'This editor page has expired', ['Try again', 'Back to the attachments']],
  [-4, 'could not download the document from Confluence', ['Back to the attachments', 'Check the ONLYOFFICE Docs address on the configuration page']],
  [-3, 'could not read this file', ['Back to the attachments']],
  [-99, 'could not open the document (error -99)', ['Try again', 'Back to the attachments']],
])('Docs server error %i is explained in words, with what can help', async (code, words, links) => {
  renderPage({ configureUrl: '/confluence/plugins/servlet/onlyoffice/configure' });
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  const opened = fakeDocsApi();
  await launchEditor(document);
  events(opened).onError!({ data: { errorCode: code, errorDescription: 'The token is not correctly formed' } });
  events(opened).onDocumentReady!();
  const status = document.getElementById('docsbridge-status')!;
  expect(status.hidden).toBe(false);
  expect(status.querySelector('h1')!.textContent).toBe('The document could not be opened');
  expect(status.textContent).toContain(words);
  expect(status.textContent).not.toContain('not correctly formed');
  expect(Array.from(status.querySelectorAll('a')).map((a) => a.textContent)).toEqual(links);
});

test('a warning of the Docs server leaves the editor open with a closable notice', async () => {
  renderPage();
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  const opened = fakeDocsApi();
  await launchEditor(document);
  events(opened).onAppReady!();
  events(opened).onWarning!({ data: { warningCode: 7, warningDescription: 'raw text' } });
  const notice = document.getElementById('docsbridge-notice')!;
  expect(notice.getAttribute('role')).toBe('status');
  expect(notice.textContent).toContain('You can keep working');
  expect(document.getElementById('docsbridge-status')!.hidden).toBe(true);
  notice.querySelector('button')!.click();
  expect(document.getElementById('docsbridge-notice')).toBeNull();
});

test('marks the tab while changes are not yet with the Docs server', async () => {
  renderPage();
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  const opened = fakeDocsApi();
  await launchEditor(document);
  events(opened).onDocumentStateChange!({ data: true });
  expect(document.title).toBe(`${UNSAVED_MARK}Report.docx - ONLYOFFICE`);
  events(opened).onDocumentStateChange!({ data: true });
  expect(document.title).toBe(`${UNSAVED_MARK}Report.docx - ONLYOFFICE`);
  events(opened).onDocumentStateChange!({ data: false });
  expect(document.title).toBe('Report.docx - ONLYOFFICE');
});

test('a stale config is replaced by a freshly signed one from Confluence', async () => {
  renderPage();
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  const fresh = { ...config, document: { ...config.document, key: 'k2' }, token: 'fresh' };
  server.use(http.get('*/confluence/plugins/servlet/onlyoffice/editor-config', ({ request }) =>
    new URL(request.url).searchParams.get('attachmentId') === '7' ? HttpResponse.json({ config: fresh }) : new HttpResponse(null, { status: 400 })));
  const opened = fakeDocsApi();
  await launchEditor(document);
  events(opened).onRequestRefreshFile!();
  await new Promise((r) => setTimeout(r, 50));
  expect(opened[0].refreshed).toEqual([fresh]);
});

test('when the fresh config cannot be had, the user is told to reload', async () => {
  renderPage();
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  server.use(http.get('*/confluence/plugins/servlet/onlyoffice/editor-config', () => new HttpResponse(null, { status: 503 })));
  const opened = fakeDocsApi();
  await launchEditor(document);
  events(opened).onRequestRefreshFile!();
  await new Promise((r) => setTimeout(r, 50));
  const status = document.getElementById('docsbridge-status')!;
  expect(status.hidden).toBe(false);
  expect(status.textContent).toContain('Reload the page');
  expect(opened[0].refreshed).toEqual([]);
});

test('an unreachable Docs server gets a clear message naming it, with a retry and a way back', async () => {
  renderPage();
  (loadScript as jest.Mock).mockRejectedValue(new Error('timeout'));
  expect(await launchEditor(document)).toBeNull();
  const status = document.getElementById('docsbridge-status')!;
  expect(status.hidden).toBe(false);
  expect(status.querySelector('h1')!.textContent).toBe('ONLYOFFICE Docs cannot be reached');
  expect(status.textContent).toContain('https://docs.example.com');
  const links = Array.from(status.querySelectorAll('a')).map((a) => a.textContent);
  expect(links).toEqual(['Try again', 'Back to the attachments']);
  expect(status.textContent).not.toContain('your connection');
  expect(document.getElementById('docsbridge-editor')!.hasAttribute('hidden')).toBe(true);
});

test('administrators also get the link to the Configure page', async () => {
  renderPage({ configureUrl: '/confluence/plugins/servlet/onlyoffice/configure' });
  (loadScript as jest.Mock).mockRejectedValue(new Error('load error'));
  await launchEditor(document);
  const admin = Array.from(document.querySelectorAll('#docsbridge-status a')).find((a) => a.textContent?.includes('configuration page'));
  expect(admin?.getAttribute('href')).toBe('/confluence/plugins/servlet/onlyoffice/configure');
});

test('api.js that loads but defines no DocsAPI counts as unreachable', async () => {
  renderPage();
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  expect(await launchEditor(document)).toBeNull();
  expect(document.getElementById('docsbridge-status')!.textContent).toContain('cannot be reached');
});

test('a view session offers Save copy as, but neither Rename nor the editing-only file requests', async () => {
  const picker = { pageId: 3, attachmentId: 7, pickerResources: ['/confluence/picker.js'] };
  renderPage({ ...picker, config: { ...config, editorConfig: { mode: 'view' } } });
  (loadScript as jest.Mock).mockImplementation(async () => undefined);
  const viewing = fakeDocsApi();
  await launchEditor(document);
  const viewEvents = events(viewing);
  expect(typeof viewEvents.onRequestSaveAs).toBe('function');
  expect(viewEvents.onRequestRename).toBeUndefined();
  expect(viewEvents.onRequestInsertImage).toBeUndefined();
  expect(viewEvents.onRequestSelectSpreadsheet).toBeUndefined();

  renderPage(picker);
  const editing = fakeDocsApi();
  await launchEditor(document);
  const editEvents = events(editing);
  for (const name of ['onRequestSaveAs', 'onRequestRename', 'onRequestInsertImage', 'onRequestSelectDocument'] as const) {
    expect(typeof editEvents[name]).toBe('function');
  }
});
