// The narrow screen's "More actions" menu of an attachment row: one button per row with several ONLYOFFICE
// actions, a WAI-ARIA menu button, whose items open through the every-page click handler.
import { onClick } from '../../../frontend/attachments/clicks';
import { installRowMenus, isNarrow, NARROW_CLASS } from '../../../frontend/activity/rowMenu';

const open = jest.fn();

beforeAll(() => document.addEventListener('click', onClick));
afterAll(() => document.removeEventListener('click', onClick));

beforeEach(() => {
  open.mockReset();
  window.open = open;
  document.head.innerHTML = '';
  document.body.innerHTML = `
    <table><tbody>
    <tr><td><a href="/confluence/download/attachments/1001/Letter%20draft.odt?version=1">Letter draft.odt</a></td>
      <td class="actions">
        <a class="docsbridge-open docsbridge-view" href="/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=11">View in ONLYOFFICE</a>
        <a class="docsbridge-dialog docsbridge-convert" href="/confluence/plugins/servlet/onlyoffice/convert?attachmentId=11&amp;target=docx">Convert to DOCX</a>
        <a class="docsbridge-dialog docsbridge-download-as" href="/confluence/plugins/servlet/onlyoffice/download-as?attachmentId=11">Download as…</a>
      </td></tr>
    <tr><td><a href="/confluence/download/attachments/1001/Notes.txt?version=1">Notes.txt</a></td>
      <td class="actions"><a class="docsbridge-open docsbridge-view" href="/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=12">View in ONLYOFFICE</a></td></tr>
    </tbody></table>
    <a id="create" class="docsbridge-dialog" href="/confluence/plugins/servlet/onlyoffice/create?pageId=7">New document</a>`;
});

afterEach(() => {
  // Close whatever menu a test left open.
  document.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
});

const button = () => document.querySelector<HTMLButtonElement>('button.docsbridge-more')!;
const menuItems = () => [...document.querySelectorAll<HTMLAnchorElement>('[role="menu"] a[role="menuitem"]')];
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

test('one button, named for its file, for each row with several actions; rows with one action and New document keep their link', () => {
  installRowMenus(document);
  const buttons = document.querySelectorAll('button.docsbridge-more');
  expect(buttons).toHaveLength(1);
  expect(button().textContent).toBe('More actions');
  expect(button().getAttribute('aria-label')).toBe('More actions for Letter draft.odt');
  expect(button().getAttribute('aria-haspopup')).toBe('menu');
  expect(button().getAttribute('aria-expanded')).toBe('false');
  expect(document.querySelectorAll('a.docsbridge-in-menu')).toHaveLength(3);
  expect(document.querySelector('#create')!.classList.contains('docsbridge-in-menu')).toBe(false);
  // The links hide and the button shows only on narrow screens.
  expect(document.getElementById('docsbridge-more-style')!.textContent).toMatch(/@media \(max-width:640px\)\{\.docsbridge-more\{display:inline-block\}a\.docsbridge-in-menu\{display:none!important\}\}/);
});

test('Enter opens the menu on its first item; arrows, Home and End move; Escape closes it and returns the focus', () => {
  installRowMenus(document);
  button().focus();
  button().click();
  expect(button().getAttribute('aria-expanded')).toBe('true');
  const menu = document.querySelector('[role="menu"]')!;
  expect(menu.id).toBe(button().getAttribute('aria-controls'));
  expect(menu.getAttribute('aria-labelledby')).toBe(button().id);
  expect(menuItems().map((a) => a.textContent)).toEqual(['View in ONLYOFFICE', 'Convert to DOCX', 'Download as…']);
  expect(menuItems().every((a) => a.tabIndex === -1)).toBe(true);
  expect(document.activeElement).toBe(menuItems()[0]);
  key(menu, 'ArrowDown');
  expect(document.activeElement).toBe(menuItems()[1]);
  key(menu, 'End');
  expect(document.activeElement).toBe(menuItems()[2]);
  key(menu, 'ArrowDown');
  expect(document.activeElement).toBe(menuItems()[0]);
  key(menu, 'ArrowUp');
  expect(document.activeElement).toBe(menuItems()[2]);
  key(menu, 'Home');
  expect(document.activeElement).toBe(menuItems()[0]);
  key(menu, 'Escape');
  expect(document.querySelector('[role="menu"]')).toBeNull();
  expect(button().getAttribute('aria-expanded')).toBe('false');
  expect(document.activeElement).toBe(button());
});

test('ArrowUp on the button opens the menu on its last item; a click elsewhere closes it', () => {
  installRowMenus(document);
  key(button(), 'ArrowUp');
  expect(document.activeElement).toBe(menuItems()[2]);
  document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  expect(document.querySelector('[role="menu"]')).toBeNull();
  // Tab closes the menu from the button, so the focus moves on from the row.
  key(button(), 'ArrowDown');
  key(document.querySelector('[role="menu"]')!, 'Tab');
  expect(document.querySelector('[role="menu"]')).toBeNull();
  expect(document.activeElement).toBe(button());
});

test('choosing an item opens it as the link does (the editor in a new tab), then closes the menu on the button', async () => {
  installRowMenus(document);
  button().click();
  menuItems()[0].click();
  expect(open).toHaveBeenCalledWith(expect.stringContaining('/plugins/servlet/onlyoffice/doceditor?attachmentId=11'), '_blank', 'noopener');
  await new Promise((r) => setTimeout(r, 0));
  expect(document.querySelector('[role="menu"]')).toBeNull();
  expect(document.activeElement).toBe(button());
  // Only the row's own links remain: nothing else finds two links for one action.
  expect(document.querySelectorAll('a.docsbridge-open[href$="attachmentId=11"]')).toHaveLength(1);
});

test('a dialog opened from the menu gives the focus back to the button when it closes', async () => {
  installRowMenus(document);
  button().click();
  menuItems()[2].click();
  await new Promise((r) => setTimeout(r, 0));
  // The dialog takes the focus, then closes and tries to focus the (gone) menu item: the focus is nowhere.
  const root = document.createElement('div');
  root.id = 'docsbridge-dialog-root';
  const field = document.createElement('input');
  root.append(field);
  document.body.append(root);
  field.focus();
  root.remove();
  expect(document.activeElement).toBe(document.body);
  await new Promise((r) => setTimeout(r, 0));
  expect(document.activeElement).toBe(button());
});

test('installing twice adds no second button', () => {
  installRowMenus(document);
  installRowMenus(document);
  expect(document.querySelectorAll('button.docsbridge-more')).toHaveLength(1);
});

describe('which layout uses the menu: not only a media query on the viewport', () => {
  const realMatchMedia = window.matchMedia;
  const realScreen = Object.getOwnPropertyDescriptor(window, 'screen');
  afterEach(() => {
    window.matchMedia = realMatchMedia;
    if (realScreen) Object.defineProperty(window, 'screen', realScreen);
    document.documentElement.classList.remove(NARROW_CLASS);
  });
  function device(matching: string[], screen: { width: number; height: number }): void {
    window.matchMedia = ((query: string) => ({ matches: matching.includes(query), media: query, addEventListener: () => undefined })) as unknown as typeof window.matchMedia;
    Object.defineProperty(window, 'screen', { configurable: true, value: screen });
  }

  test('a phone whose page has no viewport meta tag (laid out 980 px wide) still gets the menu', () => {
    // The viewport query does not match (980 px layout); the pointer is coarse and the screen 390 px wide.
    device(['(pointer:coarse)'], { width: 390, height: 844 });
    expect(isNarrow(document)).toBe(true);
    installRowMenus(document);
    expect(document.documentElement.classList.contains(NARROW_CLASS)).toBe(true);
    expect(document.getElementById('docsbridge-more-style')!.textContent).toContain('.docsbridge-narrow .docsbridge-more{display:inline-block}.docsbridge-narrow a.docsbridge-in-menu{display:none!important}');
  });

  test('a phone held sideways is still a phone; a desktop or a tablet with a wide viewport keeps the links', () => {
    device(['(pointer:coarse)'], { width: 844, height: 390 });
    expect(isNarrow(document)).toBe(true);
    device([], { width: 1920, height: 1080 });
    expect(isNarrow(document)).toBe(false);
    device(['(pointer:coarse)'], { width: 1024, height: 768 });
    expect(isNarrow(document)).toBe(false);
    installRowMenus(document);
    expect(document.documentElement.classList.contains(NARROW_CLASS)).toBe(false);
  });

  test('an attachment table narrower than 640 px uses the menu on a wide screen', () => {
    device([], { width: 1920, height: 1080 });
    const table = document.querySelector('table')!;
    table.getBoundingClientRect = () => ({ width: 500 } as DOMRect);
    expect(isNarrow(document, [table])).toBe(true);
    table.getBoundingClientRect = () => ({ width: 900 } as DOMRect);
    expect(isNarrow(document, [table])).toBe(false);
  });
});
