// The "Edit / View in ONLYOFFICE" button of the file preview: asks the server what the current user may do with
// the attachment (the same decision as the attachment menu) and renders a link to the editor in a new tab, or
// nothing for files ONLYOFFICE does not open. The media-viewer context loads with every preview, so this file
// stays tiny: one plain GET instead of the dialogs' API client (its answer is the same FormatsServlet JSON).
import { contextPath } from '../lib/contextPath';

export const BUTTON_CLASS = 'docsbridge-preview-open';

async function access(attachmentId: string): Promise<{ access?: 'edit' | 'view' | null; editorUrl?: string } | null> {
  try {
    const response = await fetch(`${contextPath()}/plugins/servlet/onlyoffice/formats?attachmentId=${attachmentId}`,
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    return response.ok ? await response.json() : null;
  } catch {
    return null; // the server is unreachable or did not answer JSON
  }
}

export async function renderButton(container: HTMLElement, attachmentId: unknown): Promise<void> {
  container.replaceChildren();
  const id = String(attachmentId ?? '');
  if (!/^\d+$/.test(id)) return;
  const formats = await access(id);
  // Not visible to this user, not a format ONLYOFFICE opens, or no answer: no button.
  if (!formats?.access || !formats.editorUrl) return;
  const link = document.createElement('a');
  link.className = BUTTON_CLASS;
  link.href = formats.editorUrl;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = formats.access === 'edit' ? WRM.I18n.getText('docsbridge.action.edit') : WRM.I18n.getText('docsbridge.action.view');
  link.dataset.access = formats.access;
  link.style.cssText =
    'display:inline-block;padding:4px 10px;margin:0 8px;border-radius:3px;color:inherit;text-decoration:none;' +
    'border:1px solid currentColor;font-size:12px;line-height:16px;white-space:nowrap';
  container.replaceChildren(link);
}
