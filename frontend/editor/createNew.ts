// File > Create New (docs-api §2.3 editorConfig.createUrl): the editor opens createUrl in a new tab, which is this
// editor page with `createNew=1`. Opening a link must not create anything, so the page asks first; the user's click
// sends the app's create request (XSRF-checked, permission-checked on the server) for a blank file of the same kind on
// the same page, and the new file's editor replaces this page.
import { createDocument, type NewDocumentType } from '../lib/api/attachments';
import { errorMessage } from '../dialogs/errors';
import { format } from '../lib/i18n';
import type { EditorData } from './editorData';
import { showStatus } from './statusView';

const KINDS: Record<string, NewDocumentType> = { word: 'docx', cell: 'xlsx', slide: 'pptx', pdf: 'pdf' };

/** The blank file's name: the "New document" dialog's default for the kind. Literal keys for the i18n transform. */
function defaultName(type: NewDocumentType): string {
  switch (type) {
    case 'xlsx':
      return WRM.I18n.getText('docsbridge.create.defaultName.xlsx');
    case 'pptx':
      return WRM.I18n.getText('docsbridge.create.defaultName.pptx');
    case 'pdf':
      return WRM.I18n.getText('docsbridge.create.defaultName.pdf');
    default:
      return WRM.I18n.getText('docsbridge.create.defaultName.docx');
  }
}

/** Shows the question instead of the editor when the page was opened as createUrl; answers whether it did. */
export function offerCreateNew(doc: Document, data: EditorData): boolean {
  const win = doc.defaultView;
  const type = KINDS[String(data.config.documentType)];
  // Only where the server offered Create New (createUrl in the signed config: the user may add files to the page).
  const offered = typeof data.config.editorConfig?.createUrl === 'string';
  if (!win || !offered || !new URL(win.location.href).searchParams.has('createNew') || !type || !data.pageId) return false;
  const pageId = data.pageId;
  const ask = (problem?: string) =>
    showStatus(
      doc,
      WRM.I18n.getText('docsbridge.editor.createNew.title'),
      problem ?? format(WRM.I18n.getText('docsbridge.editor.createNew.message'), defaultName(type)),
      [
        {
          text: WRM.I18n.getText('docsbridge.editor.createNew.create'),
          onClick: () => {
            createDocument(String(pageId), type, defaultName(type)).then(
              (created) => win.location.replace(created.editorUrl),
              (e: unknown) => ask(errorMessage(e)),
            );
          },
        },
        { href: data.goBackUrl, text: WRM.I18n.getText('docsbridge.editor.back') },
      ],
    );
  ask();
  return true;
}
