// "Edit current file" in the viewer (docs-api §2.4 onRequestEditRights): the editor must be opened again for editing.
// The handler is declared only when the signed config allows editing in this view session (permissions.edit with mode
// "view", set by the server for users who may edit), so the button never appears for anyone else; the reload goes
// through the server's permission check again.
import type { DocEditorEvents } from '../types/docsapi';
import type { EditorData } from './editorData';

export function editRightsEvents(doc: Document, data: EditorData): DocEditorEvents {
  const permissions = data.config.document?.permissions as { edit?: unknown } | undefined;
  if (data.config.editorConfig?.mode !== 'view' || permissions?.edit !== true) return {};
  return {
    onRequestEditRights: () => {
      const win = doc.defaultView;
      if (!win) return;
      const url = new URL(win.location.href);
      url.searchParams.delete('mode');
      win.location.assign(url.toString());
    },
  };
}
