import type { DocEditor, DocEditorConfig } from '../types/docsapi';
import { format } from '../lib/i18n';
import { readEditorData, type EditorData } from './editorData';
import { historyEvents } from './history';
import { loadScript } from './loadScript';
import { hideStatus, showStatus } from './statusView';
import { markUnsaved } from './tabTitle';
import { closeEditor } from './closing';
import { watchForUploads } from './uploadWatch';

/** How long api.js may take before the user is told the Docs server cannot be reached. */
export const API_TIMEOUT_MS = 8000;

/** Loads ONLYOFFICE's api.js from the configured Docs server and opens the editor with the signed config. */
export async function launchEditor(doc: Document, timeoutMs = API_TIMEOUT_MS): Promise<DocEditor | null> {
  const data = readEditorData(doc);
  showStatus(doc, data.fileName, format(WRM.I18n.getText('docsbridge.editor.loading'), data.fileName));
  try {
    await loadScript(doc, data.docsApiUrl, timeoutMs);
  } catch {
    showUnreachable(doc, data);
    return null;
  }
  const api = doc.defaultView?.DocsAPI;
  if (!api) {
    showUnreachable(doc, data);
    return null;
  }
  hideStatus(doc);
  let editor: DocEditor | null = null;
  const config: DocEditorConfig = {
    ...data.config,
    events: {
      onDocumentStateChange: (event) => markUnsaved(doc, event.data),
      onRequestRefreshFile: () => {
        if (editor) void refresh(doc, data, editor);
      },
      onRequestClose: () => {
        if (doc.defaultView) void closeEditor(doc.defaultView, data);
      },
      ...historyEvents(doc, data, data.config, () => editor),
    },
  };
  editor = new api.DocEditor('docsbridge-editor-placeholder', config);
  const attachmentId = data.refreshUrl ? new URL(data.refreshUrl, doc.baseURI).searchParams.get('attachmentId') : null;
  const key = data.config.document?.key;
  if (attachmentId && key && data.config.editorConfig?.mode !== 'view') watchForUploads(doc, attachmentId, key, data.fileName);
  return editor;
}

function showUnreachable(doc: Document, data: EditorData): void {
  const origin = new URL(data.docsApiUrl, doc.baseURI).origin;
  const links = [
    { text: WRM.I18n.getText('docsbridge.editor.retry'), onClick: () => doc.defaultView?.location.reload() },
    { href: data.goBackUrl, text: WRM.I18n.getText('docsbridge.editor.back') },
  ];
  if (data.configureUrl) links.push({ href: data.configureUrl, text: WRM.I18n.getText('docsbridge.editor.unreachable.admin') });
  showStatus(
    doc,
    WRM.I18n.getText('docsbridge.editor.unreachable.title'),
    format(WRM.I18n.getText('docsbridge.editor.unreachable.message'), origin),
    links,
  );
}

/** The Docs server asks for a new config when the page's key was saved meanwhile: fetch a freshly signed one. */
async function refresh(doc: Document, data: EditorData, editor: DocEditor): Promise<void> {
  try {
    const response = await fetch(data.refreshUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const fresh = (await response.json()) as { config: DocEditorConfig };
    editor.refreshFile(fresh.config);
  } catch {
    showStatus(doc, data.fileName, WRM.I18n.getText('docsbridge.editor.refreshFailed'));
  }
}
