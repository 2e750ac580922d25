// The click handling of the page script (loaded on every Confluence page, so every byte counts).
// a.docsbridge-open (Edit / View in ONLYOFFICE): opens the editor in a new tab.
// a.docsbridge-dialog (Convert to …, Download as…, New document): loads the dialogs bundle on first use through
// WRM (web-resource context docsbridge.dialogs) and opens the dialog named by the link's last path segment, with
// the link's query parameters (attachmentId, target, pageId).
import { withConfluenceTheme } from '../lib/theme';

export function onClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a.docsbridge-open,a.docsbridge-dialog');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
  event.preventDefault();
  if (link.classList.contains('docsbridge-open')) {
    window.open(withConfluenceTheme(link.href), '_blank', 'noopener');
    return;
  }
  const url = new URL(link.href);
  void WRM.require('wrc!docsbridge.dialogs').then(() =>
    window.docsbridgeDialogs?.open(url.pathname.split('/').pop() as string, Object.fromEntries(url.searchParams), link),
  );
}
