// File > Save copy as (docs-api §2.4 onRequestSaveAs {fileType, title, url}): the Docs server made the copy; the
// picker bundle's dialog asks where it goes and reports the result there. Declaring the handler shows the menu item.
import type { DocEditorEvents, DocsEvent } from '../types/docsapi';
import { loadPicker } from './fileRequests';
import { showNotice } from './statusView';

export interface SaveCopyContext {
  pageId: number;
  attachmentId: number;
  pickerResources: string[];
}

type SaveAsData = { fileType?: unknown; title?: unknown; url?: unknown } | undefined;

export function saveCopyEvents(doc: Document, ctx: SaveCopyContext): DocEditorEvents {
  return {
    onRequestSaveAs: (event?: DocsEvent<SaveAsData>) => {
      const data = event?.data;
      if (!data || typeof data.url !== 'string' || typeof data.fileType !== 'string' || !data.url || !data.fileType) {
        showNotice(doc, WRM.I18n.getText('docsbridge.saveAs.error.noFile'));
        return;
      }
      const title = typeof data.title === 'string' ? data.title : '';
      const request = { fileType: data.fileType, title, url: data.url, pageId: ctx.pageId, editorAttachmentId: ctx.attachmentId };
      void loadPicker(doc, ctx.pickerResources).then(
        () => doc.defaultView!.docsbridgePicker!.saveCopy(request),
        () => showNotice(doc, WRM.I18n.getText('docsbridge.picker.error.unavailable')),
      );
    },
  };
}
