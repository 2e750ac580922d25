// File > Rename (docs-api §2.4 onRequestRename: the new name without the extension). The server renames the attachment
// and sends the Docs server's `meta` command, after which every editor of the document fires onMetaChange with the new
// title (docs-api §6): that is where this page's own title follows. A refusal says why in the notice bar.
import type { DocEditorEvents, DocsEvent } from '../types/docsapi';
import { errorMessage } from '../dialogs/errors';
import { request } from '../lib/api/client';
import type { EditorData } from './editorData';
import { showNotice } from './statusView';
import { UNSAVED_MARK } from './tabTitle';

/** Keeps the tab title ("Name.docx - ONLYOFFICE", with the unsaved mark) and the page's data in step with a rename. */
export function followTitle(doc: Document, data: EditorData, title: string): void {
  const unsaved = doc.title.startsWith(UNSAVED_MARK);
  const suffix = data.fileName && doc.title.includes(data.fileName) ? doc.title.slice(doc.title.indexOf(data.fileName) + data.fileName.length) : ' - ONLYOFFICE';
  doc.title = (unsaved ? UNSAVED_MARK : '') + title + suffix;
  data.fileName = title;
}

export function renameEvents(doc: Document, data: EditorData, attachmentId: number | null): DocEditorEvents {
  const events: DocEditorEvents = {
    onMetaChange: (event?: DocsEvent<{ title?: string } | undefined>) => {
      const title = event?.data?.title;
      if (typeof title === 'string' && title) followTitle(doc, data, title);
    },
  };
  if (attachmentId !== null) {
    events.onRequestRename = (event?: DocsEvent<string>) => {
      const title = typeof event?.data === 'string' ? event.data : '';
      request('POST', '/onlyoffice/rename', { attachmentId: String(attachmentId), title }).catch((e: unknown) => showNotice(doc, errorMessage(e)));
    };
  }
  return events;
}
