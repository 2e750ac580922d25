// Linked data between spreadsheets (docs-api §2.4; ONLYOFFICE "Inserting external data"): every sheet's config names
// it with document.referenceData {fileKey, instanceId}; a sheet that pasted a link hands that object back here.
//  - Update values (onRequestReferenceData {referenceData, path, link}) → setReferenceData(signed object);
//  - Change source (onRequestReferenceSource) → our picker, then setReferenceSource(signed object);
//  - Open source (onRequestOpen {referenceData, path, windowName}) → the source's editor in a new tab.
// The server finds the source, checks the user may view it, and signs; a refusal goes to the editor's own error
// display ({error}), so the user reads it where they clicked.
import type { DocEditor, DocEditorEvents, DocsEvent, ReferenceRequest } from '../types/docsapi';
import { errorMessage } from '../dialogs/errors';
import { request } from '../lib/api/client';
import type { SignedCommand } from '../picker/types';
import { loadPicker } from './fileRequests';
import { showNotice } from './statusView';

export interface ReferenceContext {
  pageId: number;
  attachmentId: number;
  pickerResources: string[];
}

const ENDPOINT = '/onlyoffice/reference';

/** Only the fields the server reads, as the editor sent them. */
function fieldsOf(data: ReferenceRequest | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const ref = data?.referenceData;
  if (ref && typeof ref === 'object') fields.referenceData = { fileKey: ref.fileKey, instanceId: ref.instanceId };
  if (typeof data?.path === 'string') fields.path = data.path;
  if (typeof data?.link === 'string') fields.link = data.link;
  return fields;
}

/**
 * The handlers for a spreadsheet. Update values and Change source only while editing (a viewer cannot change the
 * sheet); Open source in every session.
 */
export function referenceEvents(doc: Document, ctx: ReferenceContext, editing: boolean, editor: () => DocEditor | null): DocEditorEvents {
  const answer = (method: 'setReferenceData' | 'setReferenceSource', data: Record<string, unknown>) => {
    const current = editor();
    current?.[method]?.(data);
  };
  const signed = (method: 'setReferenceData' | 'setReferenceSource', body: Record<string, unknown>) =>
    request<{ command: SignedCommand }>('POST', ENDPOINT, { editorAttachmentId: String(ctx.attachmentId), ...body }).then(
      (r) => answer(method, r.command),
      (e: unknown) => answer(method, { error: errorMessage(e) }),
    );

  const events: DocEditorEvents = {
    onRequestOpen: (event?: DocsEvent<ReferenceRequest & { windowName?: string }>) => {
      const win = doc.defaultView;
      if (!win) return;
      // Opened now, while the click still counts as the user's (pop-up blockers); the address follows once the server
      // has found the source. The editor may have opened the tab under windowName already: this reuses it.
      const windowName = typeof event?.data?.windowName === 'string' && event.data.windowName ? event.data.windowName : '_blank';
      const tab = win.open('', windowName);
      void request<{ url: string }>('POST', ENDPOINT, { editorAttachmentId: String(ctx.attachmentId), action: 'open', ...fieldsOf(event?.data) }).then(
        (r) => {
          if (tab && !tab.closed) tab.location.href = r.url;
          else showNotice(doc, WRM.I18n.getText('docsbridge.reference.error.popup'));
        },
        (e: unknown) => {
          tab?.close();
          // The editor's own message display, where the user clicked; the page's notice bar if it has none.
          const current = editor();
          if (current?.showMessage) current.showMessage(errorMessage(e));
          else showNotice(doc, errorMessage(e));
        },
      );
    },
  };
  if (!editing) return events;
  events.onRequestReferenceData = (event?: DocsEvent<ReferenceRequest>) => {
    void signed('setReferenceData', { action: 'data', ...fieldsOf(event?.data) });
  };
  events.onRequestReferenceSource = () => {
    void loadPicker(doc, ctx.pickerResources).then(
      async () => {
        const chosen = await doc.defaultView!.docsbridgePicker!.chooseFile({ pageId: ctx.pageId, purpose: 'reference' });
        if (chosen) await signed('setReferenceSource', { action: 'source', attachmentId: String(chosen.id) });
      },
      () => showNotice(doc, WRM.I18n.getText('docsbridge.picker.error.unavailable')),
    );
  };
  return events;
}
