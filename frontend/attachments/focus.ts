// After a dialog reloads the page to show a new or changed attachment, the focus goes to that attachment's
// ONLYOFFICE action (Edit or View first) instead of dropping to <body>: keyboard and screen-reader users carry on
// where the result is. The dialog leaves the attachment id in sessionStorage (this tab only) before reloading.
// The every-page script only looks for the key (FOCUS); the activity code it then loads moves the focus, so the
// code that finds the link costs nothing on the pages that need none (issue #10).
export const FOCUS = 'docsbridge.focus';

export function rememberFocus(attachmentId: number): void {
  try {
    sessionStorage.setItem(FOCUS, String(attachmentId));
  } catch {
    // Storage refused (private mode): the page reloads without moving the focus.
  }
}

export function restoreFocus(): void {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(FOCUS);
    sessionStorage.removeItem(FOCUS);
  } catch {
    return;
  }
  if (!id || !/^\d+$/.test(id)) return;
  // This runs once the activity code has loaded: a user who has moved on meanwhile keeps the focus they chose.
  const active = document.activeElement;
  if (active && active !== document.body && active !== document.documentElement) return;
  const end = `[href$="attachmentId=${id}"]`;
  const link = document.querySelector<HTMLElement>(`a.docsbridge-open${end}`) ?? document.querySelector<HTMLElement>(`a.docsbridge-dialog${end}`);
  link?.focus();
}
