// Tells the people in the editor when someone adds a version of the file outside the editor (an upload) while they
// edit: their work is still saved when they close, as a newer version, and the upload stays in the history.
import { format } from '../lib/i18n';
import { sessionState } from '../activity/api';

const CHECK_EVERY_MS = 15_000;

function banner(doc: Document, text: string): void {
  let box = doc.getElementById('docsbridge-upload-warning');
  if (!box) {
    box = doc.createElement('div');
    box.id = 'docsbridge-upload-warning';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset-inline:0;top:0;z-index:10;padding:8px 16px;font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;'
      + 'background:var(--ds-background-warning,#fff7d6);color:var(--ds-text,#172b4d);border-bottom:1px solid var(--ds-border-warning,#e2b203)';
    doc.body.prepend(box);
  }
  box.textContent = text;
  const editor = doc.getElementById('docsbridge-editor');
  if (editor) editor.style.top = `${box.offsetHeight}px`;
}

/** Checks now and then whether a version was added outside this editing session, and says so once per version. */
export function watchForUploads(doc: Document, attachmentId: string, key: string, fileName: string, everyMs = CHECK_EVERY_MS): () => void {
  let toldAbout = 0;
  const check = async () => {
    try {
      const state = await sessionState(attachmentId, key);
      if (state.uploadedBy !== null && state.latestVersion > toldAbout) {
        toldAbout = state.latestVersion;
        banner(doc, format(WRM.I18n.getText('docsbridge.editor.uploadedMeanwhile'), state.uploadedBy || '?', String(state.latestVersion), fileName));
      }
    } catch {
      // checked again later
    }
  };
  const timer = setInterval(() => void check(), everyMs);
  void check();
  return () => clearInterval(timer);
}
