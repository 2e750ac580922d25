// Links to a bookmark or comment (docs-api §2.4 onMakeActionLink → setActionLink): the editor's action object goes into
// an editor URL as `actionLink=<JSON>`; opening it, the server signs the object into editorConfig.actionLink and the
// editor opens at that place. The same URL form is used in mention mails.
import type { DocEditor, DocEditorEvents, DocsEvent } from '../types/docsapi';

/** The editor page of the attachment, opened at `action` (what onMakeActionLink handed over). */
export function actionLinkUrl(location: Location, attachmentId: number, action: unknown): string {
  const url = new URL(location.pathname, location.origin);
  url.searchParams.set('attachmentId', String(attachmentId));
  url.searchParams.set('actionLink', JSON.stringify(action));
  return url.toString();
}

export function actionLinkEvents(doc: Document, attachmentId: number | undefined, editor: () => DocEditor | null): DocEditorEvents {
  if (!attachmentId) return {};
  return {
    onMakeActionLink: (event?: DocsEvent<unknown>) => {
      const current = editor();
      const win = doc.defaultView;
      if (!current?.setActionLink || !win || event?.data === undefined) return;
      current.setActionLink(actionLinkUrl(win.location, attachmentId, event.data));
    },
  };
}
