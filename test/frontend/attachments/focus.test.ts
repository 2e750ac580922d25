// After a dialog reloads the attachments page, the focus lands on the new or changed attachment's action.
import { rememberFocus, restoreFocus } from '../../../frontend/attachments/focus';

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
