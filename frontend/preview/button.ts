// The "Edit / View in ONLYOFFICE" button of the file preview: asks the server what the current user may do with
// the attachment (the same decision as the attachment menu) and renders a link to the editor in a new tab, or
// nothing for files ONLYOFFICE does not open.
import { loadFormats } from '../lib/api/attachments';

export const BUTTON_CLASS = 'docsbridge-preview-open';

export async function renderButton(container: HTMLElement, attachmentId: unknown): Promise<void> {
  container.replaceChildren();
  if (!/^\d+$/.test(String(attachmentId ?? ''))) return;
  let access: 'edit' | 'view' | null;
  let editorUrl: string;
  try {
    ({ access, editorUrl } = await loadFormats(String(attachmentId)));
  } catch {
    return; // not visible to this user, or the server is unreachable: no button
  }
  if (!access) return;
  const label = access === 'edit' ? WRM.I18n.getText('docsbridge.action.edit') : WRM.I18n.getText('docsbridge.action.view');
  const link = document.createElement('a');
  link.className = BUTTON_CLASS;
  link.href = editorUrl;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = label;
  link.dataset.access = access;
  link.style.cssText =
    'display:inline-block;padding:4px 10px;margin:0 8px;border-radius:3px;color:inherit;text-decoration:none;' +
    'border:1px solid currentColor;font-size:12px;line-height:16px;white-space:nowrap';
  container.replaceChildren(link);
}
