// After an editor closed: "Saving Report.docx…", then "Report.docx saved as version 3" and the list reloads to show
// the new version (the notice survives the reload); or what went wrong and what happens next.
import { format } from '../lib/i18n';
import { sessionState, type SessionState } from './api';

export interface PendingSave {
  attachmentId: string;
  key: string;
  fileName: string;
}

const FLASH = 'docsbridge.flash';
const SLOW_AFTER_MS = 60_000;
const GIVE_UP_AFTER_MS = 15 * 60_000;

function notice(doc: Document): HTMLElement {
  let box = doc.getElementById('docsbridge-save-notice');
  if (!box) {
    box = doc.createElement('div');
    box.id = 'docsbridge-save-notice';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.style.cssText = 'position:fixed;inset-block-end:16px;inset-inline-end:16px;max-width:min(420px,calc(100vw - 32px));'
      + 'padding:12px 16px;border-radius:6px;box-shadow:0 4px 12px rgba(9,30,66,.25);z-index:1000;font-size:14px;line-height:1.45;'
      + 'background:var(--ds-surface-overlay,#fff);color:var(--ds-text,#172b4d);display:flex;gap:12px;align-items:flex-start';
    doc.body.append(box);
  }
  return box;
}

function show(doc: Document, text: string, dismissible: boolean): void {
  const box = notice(doc);
  const message = doc.createElement('span');
  message.textContent = text;
  box.replaceChildren(message);
  if (dismissible) {
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = WRM.I18n.getText('docsbridge.activity.dismiss');
    close.style.cssText = 'margin-inline-start:auto;background:none;border:0;color:var(--ds-link,#0c66e4);cursor:pointer;font:inherit;padding:0';
    close.addEventListener('click', () => box.remove());
    box.append(close);
  }
}

/** A notice a reload carried over (the "saved as version N" that made the list reload). */
export function showFlash(doc: Document): void {
  const text = sessionStorage.getItem(FLASH);
  if (!text) return;
  sessionStorage.removeItem(FLASH);
  show(doc, text, true);
}

function finalText(state: SessionState, fileName: string): string | null {
  switch (state.state) {
    case 'saved':
      return format(WRM.I18n.getText('docsbridge.activity.saved'), fileName, String(state.version));
    case 'unchanged':
      return format(WRM.I18n.getText('docsbridge.activity.unchanged'), fileName);
    case 'kept_by_docs':
      return format(WRM.I18n.getText('docsbridge.activity.kept'), fileName);
    default:
      return null;
  }
}

/** Follows the save of a closed editing session until it ends, then shows the outcome (reloading for a new version). */
export async function followSave(doc: Document, pending: PendingSave, pollMs = 1000): Promise<void> {
  const started = Date.now();
  show(doc, format(WRM.I18n.getText('docsbridge.activity.saving'), pending.fileName), false);
  for (;;) {
    await new Promise((r) => setTimeout(r, Date.now() - started > SLOW_AFTER_MS ? pollMs * 5 : pollMs));
    let state: SessionState;
    try {
      state = await sessionState(pending.attachmentId, pending.key);
    } catch {
      continue; // a blip of the network or of one node: ask again
    }
    const text = finalText(state, pending.fileName);
    if (text && state.state === 'saved') {
      sessionStorage.setItem(FLASH, text);
      doc.defaultView?.location.reload();
      return;
    }
    if (text) {
      show(doc, text, true);
      return;
    }
    if (state.state === 'retrying') {
      show(doc, format(WRM.I18n.getText('docsbridge.activity.retrying'), pending.fileName), true);
    } else if (Date.now() - started > SLOW_AFTER_MS) {
      show(doc, format(WRM.I18n.getText('docsbridge.activity.slow'), pending.fileName), true);
    }
    if (Date.now() - started > GIVE_UP_AFTER_MS) return;
  }
}
