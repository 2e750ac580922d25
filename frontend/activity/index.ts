// Loaded on demand (web-resource context docsbridge.activity) by the every-page script on pages that list
// attachments with ONLYOFFICE actions, when an editor tab closes, and after a dialog's reload: who is editing,
// "saving…" / "saved as version N", the focus on the attachment the dialog made or changed, and the narrow screen's
// "More actions" menu of each attachment row (installed after the focus moved, so that it can take it over).
import { restoreFocus } from '../attachments/focus';
import { PENDING, type ClosedMessage } from '../attachments/sessions';
import { keepEditorsFresh } from './editors';
import { installRowMenus } from './rowMenu';
import { followSave, showFlash, type PendingSave } from './saveNotice';

let following: string | null = null;

function track(pending: PendingSave): void {
  if (following === pending.key) return;
  following = pending.key;
  void followSave(document, pending);
}

function start(doc: Document): void {
  restoreFocus();
  showFlash(doc);
  const stored = sessionStorage.getItem(PENDING);
  if (stored) {
    sessionStorage.removeItem(PENDING);
    try {
      track(JSON.parse(stored) as PendingSave);
    } catch {
      // not ours
    }
  }
  installRowMenus(doc);
  keepEditorsFresh(doc);
}

(window as unknown as { docsbridgeActivity: unknown }).docsbridgeActivity = {
  start,
  track: (closed: ClosedMessage) => track(closed),
};
