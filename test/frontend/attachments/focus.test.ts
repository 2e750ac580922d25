// After a dialog reloads the attachments page, the focus lands on the new or changed attachment's action. The
// every-page script only notices the remembered id and loads the activity code, which moves the focus.
import { rememberFocus, restoreFocus } from '../../../frontend/attachments/focus';
import { watchSessions } from '../../../frontend/attachments/sessions';

beforeEach(() => {
  sessionStorage.clear();
  document.body.innerHTML = `
    <a id="edit-11" class="docsbridge-open" href="/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=11">Edit</a>
    <a id="edit-12" class="docsbridge-open" href="/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=12">Edit</a>
    <a id="download-112" class="docsbridge-dialog" href="/confluence/plugins/servlet/onlyoffice/download-as?attachmentId=112">Download as…</a>`;
});

test('focuses the remembered attachment\'s Edit or View action once, not one whose id merely ends the same', () => {
  rememberFocus(12);
  restoreFocus();
  expect(document.activeElement?.id).toBe('edit-12');

  (document.activeElement as HTMLElement).blur();
  restoreFocus();
  expect(document.activeElement).toBe(document.body);
});

test('falls back to the attachment\'s dialog action; does nothing without a remembered id', () => {
  restoreFocus();
  expect(document.activeElement).toBe(document.body);
  rememberFocus(112);
  restoreFocus();
  expect(document.activeElement?.id).toBe('download-112');
});

test('leaves the focus where the user put it while the activity code was loading', () => {
  document.body.insertAdjacentHTML('beforeend', '<input id="search">');
  document.getElementById('search')!.focus();
  rememberFocus(12);
  restoreFocus();
  expect(document.activeElement?.id).toBe('search');
  expect(sessionStorage.getItem('docsbridge.focus')).toBeNull();
});

test('a remembered focus loads the activity code even on a page without Edit or View links', async () => {
  const required: string[] = [];
  const start = jest.fn();
  (globalThis as unknown as { WRM: Wrm }).WRM.require = (resources: string | string[]) => {
    required.push(...(typeof resources === 'string' ? [resources] : resources));
    (window as unknown as { docsbridgeActivity: unknown }).docsbridgeActivity = { start, track: jest.fn() };
    return Promise.resolve();
  };
  document.body.innerHTML = '<a id="download-112" class="docsbridge-dialog" href="/x/download-as?attachmentId=112">Download as…</a>';
  watchSessions();
  expect(required).toEqual([]);

  rememberFocus(112);
  watchSessions();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(required).toEqual(['wrc!docsbridge.activity']);
  expect(start).toHaveBeenCalledWith(document);
});
