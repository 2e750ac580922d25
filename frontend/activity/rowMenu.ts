// On a narrow screen (a phone) the ONLYOFFICE actions of an attachment row ("Edit in ONLYOFFICE", "Convert to
// DOCX", "Download as…") become one "More actions" button with a menu, instead of three long links wrapping into
// each other. Wide screens keep the links. Part of the activity bundle, which the every-page script loads only on
// pages listing attachments with ONLYOFFICE actions: the every-page script pays nothing for it.
//
// The menu follows the WAI-ARIA menu button pattern (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/):
// Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; ArrowUp/ArrowDown/Home/End move;
// Escape closes it and gives the focus back to the button; Tab or a click elsewhere closes it. Its items are
// copies of the row's links (same href and classes), so the every-page click handler opens them as the links do;
// they exist only while the menu is open, so nothing else on the page ever finds two links for one action.
import { format } from '../lib/i18n';

export const NARROW_PX = 640;
const BUTTON_CLASS = 'docsbridge-more';
const MENU_CLASS = 'docsbridge-more-menu';
const GROUPED_CLASS = 'docsbridge-in-menu';
const ACTIONS = 'a.docsbridge-open,a.docsbridge-dialog';
/** Set on <html> when the rows use the menu although the viewport is not narrow (see {@link isNarrow}). */
export const NARROW_CLASS = 'docsbridge-narrow';

// Atlassian design tokens with light fallbacks: Confluence's dark theme sets the tokens, so the menu follows it.
const CSS = `
.${BUTTON_CLASS}{display:none;white-space:nowrap;font:inherit;font-size:14px;line-height:20px;padding:6px 10px;min-height:32px;border-radius:3px;cursor:pointer;
 border:1px solid var(--ds-border,#091e4224);background:var(--ds-background-neutral,#091e420f);color:var(--ds-text,#172b4d)}
.${BUTTON_CLASS}:hover{background:var(--ds-background-neutral-hovered,#091e4224)}
.${BUTTON_CLASS}:focus-visible{outline:2px solid var(--ds-border-focused,#388bff);outline-offset:2px}
.${MENU_CLASS} a:focus-visible{outline:2px solid var(--ds-border-focused,#388bff);outline-offset:-2px}
.${MENU_CLASS}{position:absolute;z-index:1000;min-width:200px;max-width:calc(100vw - 16px);margin:0;padding:4px 0;list-style:none;border-radius:3px;
 background:var(--ds-surface-overlay,#fff);color:var(--ds-text,#172b4d);
 box-shadow:var(--ds-shadow-overlay,0 8px 12px #091e4226,0 0 1px #091e424f)}
.${MENU_CLASS} a{display:block;padding:10px 16px;min-height:24px;color:var(--ds-text,#172b4d);text-decoration:none;white-space:normal}
.${MENU_CLASS} a:hover,.${MENU_CLASS} a:focus{background:var(--ds-background-neutral-subtle-hovered,#091e420f)}
@media (max-width:${NARROW_PX}px){.${BUTTON_CLASS}{display:inline-block}a.${GROUPED_CLASS}{display:none!important}}
.${NARROW_CLASS} .${BUTTON_CLASS}{display:inline-block}.${NARROW_CLASS} a.${GROUPED_CLASS}{display:none!important}
`;

const DIALOG_ROOT_ID = 'docsbridge-dialog-root';

let openMenu: { menu: HTMLElement; button: HTMLButtonElement } | null = null;
let returnTo: HTMLButtonElement | null = null;
let installed = false;

/** The attachment's file name, from the row's Confluence download link (…/download/attachments/{page}/{name}). */
function fileNameOf(row: Element | null): string {
  const download = row?.querySelector<HTMLAnchorElement>('a[href*="/download/attachments/"]');
  if (!download) return '';
  try {
    return decodeURIComponent(new URL(download.href).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

function items(menu: HTMLElement): HTMLAnchorElement[] {
  return [...menu.querySelectorAll<HTMLAnchorElement>('a[role="menuitem"]')];
}

function closeMenu(focusButton: boolean): void {
  if (!openMenu) return;
  const { menu, button } = openMenu;
  openMenu = null;
  menu.remove();
  button.setAttribute('aria-expanded', 'false');
  if (focusButton) button.focus();
}

function openFor(button: HTMLButtonElement, links: HTMLAnchorElement[], focus: 'first' | 'last'): void {
  closeMenu(false);
  const doc = button.ownerDocument;
  const menu = doc.createElement('div');
  menu.className = MENU_CLASS;
  menu.id = `${button.id}-menu`;
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-labelledby', button.id);
  for (const link of links) {
    const item = doc.createElement('a');
    item.href = link.href;
    item.className = [...link.classList].filter((c) => c !== GROUPED_CLASS).join(' ');
    item.textContent = link.textContent;
    item.setAttribute('role', 'menuitem');
    item.tabIndex = -1;
    menu.append(item);
  }
  // Placed under the button, kept inside the viewport.
  doc.body.append(menu);
  const box = button.getBoundingClientRect();
  const view = doc.defaultView!;
  const left = Math.max(8, Math.min(box.left, view.innerWidth - menu.offsetWidth - 8));
  menu.style.left = `${left + view.scrollX}px`;
  menu.style.top = `${box.bottom + 4 + view.scrollY}px`;
  button.setAttribute('aria-expanded', 'true');
  openMenu = { menu, button };
  const all = items(menu);
  (focus === 'first' ? all[0] : all[all.length - 1])?.focus();

  menu.addEventListener('keydown', (event) => {
    const list = items(menu);
    const at = list.indexOf(doc.activeElement as HTMLAnchorElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = (at + 1) % list.length;
    else if (event.key === 'ArrowUp') next = (at - 1 + list.length) % list.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      closeMenu(true);
      return;
    } else if (event.key === 'Tab') {
      // Back on the button first, so that Tab moves on from the row (the menu itself sits at the end of the page).
      closeMenu(true);
      return;
    } else if (event.key === ' ') {
      // Space activates a menu item as Enter does (links only react to Enter).
      event.preventDefault();
      list[at]?.click();
      return;
    }
    if (next >= 0) {
      event.preventDefault();
      list[next].focus();
    }
  });
  // Choosing an item: the every-page handler (on the document, so after this one) opens it; then the menu closes
  // and the focus returns to the button. A dialog gives the focus back to the item that opened it, which is gone by
  // then: when the dialog's container leaves the page with the focus nowhere, the button takes it.
  menu.addEventListener('click', () => {
    returnTo = button;
    setTimeout(() => closeMenu(true), 0);
  });
}

function makeButton(doc: Document, links: HTMLAnchorElement[], index: number): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = BUTTON_CLASS;
  button.id = `docsbridge-more-${index}`;
  button.textContent = WRM.I18n.getText('docsbridge.attachments.moreActions');
  const fileName = fileNameOf(links[0].closest('tr') ?? links[0].parentElement);
  if (fileName) button.setAttribute('aria-label', format(WRM.I18n.getText('docsbridge.attachments.moreActionsFor'), fileName));
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', `${button.id}-menu`);
  button.addEventListener('click', () => {
    if (openMenu?.button === button) closeMenu(false);
    else openFor(button, links, 'first');
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openFor(button, links, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  });
  return button;
}

/** The ONLYOFFICE links of each attachment row with two or more of them, grouped by attachment and container. */
function rowGroups(doc: Document): HTMLAnchorElement[][] {
  const groups = new Map<Element, Map<string, HTMLAnchorElement[]>>();
  for (const link of doc.querySelectorAll<HTMLAnchorElement>(ACTIONS)) {
    if (link.closest(`.${MENU_CLASS}`) || link.classList.contains(GROUPED_CLASS)) continue;
    const id = new URL(link.href, doc.baseURI).searchParams.get('attachmentId');
    const parent = link.parentElement;
    if (!id || !parent) continue;
    const byId = groups.get(parent) ?? new Map<string, HTMLAnchorElement[]>();
    groups.set(parent, byId);
    byId.set(id, [...(byId.get(id) ?? []), link]);
  }
  return [...groups.values()].flatMap((byId) => [...byId.values()]).filter((links) => links.length > 1);
}

/**
 * Whether the rows' actions belong in the menu. Not only a media query on the viewport: a phone shows a page without
 * a device-width viewport meta tag (Confluence's own pages may have none) laid out 980 px wide and zoomed out, where
 * the viewport looks wide but the links are tiny and wrap into each other. So: a narrow viewport, or a phone (a
 * coarse pointer on a screen no wider than {@link NARROW_PX} CSS pixels on its short side, whatever the layout
 * width), or an attachment table with less room than that (a narrow column beside Confluence's sidebar).
 */
export function isNarrow(doc: Document, rooms: Element[] = []): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  if (view.matchMedia?.(`(max-width:${NARROW_PX}px)`).matches) return true;
  const screen = view.screen;
  const phone = (view.matchMedia?.('(pointer:coarse)').matches ?? false)
    && screen !== undefined && screen.width > 0 && Math.min(screen.width, screen.height || screen.width) <= NARROW_PX;
  if (phone) return true;
  return rooms.some((room) => {
    const width = room.getBoundingClientRect().width;
    return width > 0 && width < NARROW_PX;
  });
}

/**
 * The element whose width is the room an attachment table has: its container, not the table, whose own width
 * shrinks when the links give way to the button (measuring the table would keep the menu once it was chosen).
 */
function roomOf(table: HTMLTableElement): Element {
  return table.parentElement ?? table;
}

let roomsWatched: Element[] = [];

/** Applies {@link isNarrow} to the page now, and again whenever the viewport or an attachment table changes size. */
function followWidth(doc: Document, links: HTMLAnchorElement[]): boolean {
  const view = doc.defaultView!;
  const rooms = [...new Set(links.map((link) => link.closest('table')).filter((t): t is HTMLTableElement => t !== null).map(roomOf))];
  const fresh = rooms.filter((t) => !roomsWatched.includes(t));
  roomsWatched = [...roomsWatched.filter((t) => t.isConnected), ...fresh];
  const apply = () => doc.documentElement.classList.toggle(NARROW_CLASS, isNarrow(doc, roomsWatched));
  apply();
  if (fresh.length && typeof view.ResizeObserver === 'function') {
    const observer = new view.ResizeObserver(apply);
    fresh.forEach((room) => observer.observe(room));
  }
  return doc.documentElement.classList.contains(NARROW_CLASS);
}

/** Adds a "More actions" button to every attachment row with several ONLYOFFICE actions (shown on narrow screens). */
export function installRowMenus(doc: Document): void {
  const groups = rowGroups(doc);
  if (!groups.length) return;
  if (!doc.getElementById('docsbridge-more-style')) {
    const style = doc.createElement('style');
    style.id = 'docsbridge-more-style';
    style.textContent = CSS;
    doc.head.append(style);
  }
  const view = doc.defaultView!;
  const narrow = followWidth(doc, groups.flat());
  const taken = doc.querySelectorAll(`.${BUTTON_CLASS}`).length;
  groups.forEach((links, i) => {
    // The page script may have focused one of these links (after a dialog reloaded the page): it is about to be
    // hidden, so the row's button takes the focus.
    const hadFocus = links.includes(doc.activeElement as HTMLAnchorElement);
    links.forEach((link) => link.classList.add(GROUPED_CLASS));
    const button = makeButton(doc, links, taken + i);
    links[0].before(button);
    if (hadFocus && narrow) button.focus();
  });
  if (installed) return;
  installed = true;
  const refresh = () => doc.documentElement.classList.toggle(NARROW_CLASS, isNarrow(doc, roomsWatched));
  view.matchMedia?.('(pointer:coarse)').addEventListener?.('change', refresh);
  view.addEventListener('resize', refresh);
  new view.MutationObserver((records) => {
    const closed = records.some((r) => [...r.removedNodes].some((n) => (n as Element).id === DIALOG_ROOT_ID));
    const lost = !doc.activeElement || doc.activeElement === doc.body;
    if (closed && lost && returnTo?.isConnected) returnTo.focus();
  }).observe(doc.body, { childList: true });
  doc.addEventListener('mousedown', (event) => {
    if (!openMenu) return;
    const target = event.target as Node;
    if (!openMenu.menu.contains(target) && !openMenu.button.contains(target)) closeMenu(false);
  });
}
