// Loaded on demand (web-resource context docsbridge.activity) by the every-page script on pages that list
// attachments with ONLYOFFICE actions, and when an editor tab closes: who is editing, "saving…" / "saved as
// version N", and the narrow screen's "More actions" menu of each attachment row.
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
