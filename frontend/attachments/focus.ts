// After a dialog reloads the page to show a new or changed attachment, the focus goes to that attachment's
// ONLYOFFICE action (Edit or View first) instead of dropping to <body>: keyboard and screen-reader users carry on
// where the result is. The dialog leaves the attachment id in sessionStorage (this tab only) before reloading.
const KEY = 'docsbridge.focus';

export function rememberFocus(attachmentId: number): void {
  try {
    sessionStorage.setItem(KEY, String(attachmentId));
  } catch {
    // Storage refused (private mode): the page reloads without moving the focus.
  }
}

export function restoreFocus(): void {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (!id || !/^\d+$/.test(id)) return;
  const end = `[href$="attachmentId=${id}"]`;
  const link = document.querySelector<HTMLElement>(`a.docsbridge-open${end}`) ?? document.querySelector<HTMLElement>(`a.docsbridge-dialog${end}`);
  link?.focus();
}
