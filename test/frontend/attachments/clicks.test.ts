// The page script that every Confluence page loads: new tabs for Edit/View, dialogs loaded on demand.
import { onClick } from '../../../frontend/attachments/clicks';

const open = jest.fn();
const required: string[] = [];

beforeAll(() => document.addEventListener('click', onClick));
afterAll(() => document.removeEventListener('click', onClick));

beforeEach(() => {
  open.mockReset();
  required.length = 0;
  window.open = open;
  (globalThis as unknown as { WRM: Wrm }).WRM.require = (resources: string | string[]) => {
    required.push(...(typeof resources === 'string' ? [resources] : resources));
    return Promise.resolve();
  };
  window.docsbridgeDialogs = { open: jest.fn() };
  document.body.innerHTML = `
    <a id="edit" class="docsbridge-open" href="/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=11"><span>Edit in ONLYOFFICE</span></a>
    <a id="convert" class="docsbridge-dialog" href="/confluence/plugins/servlet/onlyoffice/convert?attachmentId=11&amp;target=docx">Convert to DOCX</a>
    <a id="download" class="docsbridge-dialog" href="/confluence/plugins/servlet/onlyoffice/download-as?attachmentId=11">Download as…</a>
    <a id="create" class="docsbridge-dialog" href="/confluence/plugins/servlet/onlyoffice/create?pageId=7">New document</a>
    <a id="other" href="/confluence/display/X">Other</a>`;
});

function click(id: string, selector = `#${id}`): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  document.querySelector(selector)!.dispatchEvent(event);
  return event;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test('Edit and View open the editor in a new tab, also when a child of the link is clicked', () => {
  const event = click('edit', '#edit span');

  expect(event.defaultPrevented).toBe(true);
  expect(open).toHaveBeenCalledWith('http://localhost/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=11', '_blank', 'noopener');
  expect(required).toEqual([]);
});

test.each([
  ['convert', 'convert', { attachmentId: '11', target: 'docx' }],
  ['download', 'download-as', { attachmentId: '11' }],
  ['create', 'create', { pageId: '7' }],
])('%s loads the dialogs on demand and opens the %s dialog', async (id, kind, params) => {
  const event = click(id);
  await flush();

  expect(event.defaultPrevented).toBe(true);
  expect(required).toEqual(['wrc!docsbridge.dialogs']);
  expect(window.docsbridgeDialogs!.open).toHaveBeenCalledWith(kind, params, document.getElementById(id));
  expect(open).not.toHaveBeenCalled();
});

test('other links and clicks that others handled are left alone', async () => {
  expect(click('other').defaultPrevented).toBe(false);

  const handled = new MouseEvent('click', { bubbles: true, cancelable: true });
  handled.preventDefault();
  document.getElementById('convert')!.dispatchEvent(handled);
  await flush();

  expect(required).toEqual([]);
  expect(open).not.toHaveBeenCalled();
});
