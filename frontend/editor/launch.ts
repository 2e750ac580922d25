import type { DocEditor, DocEditorConfig } from '../types/docsapi';
import { format } from '../lib/i18n';
import { describeError, describeWarning } from './docsProblems';
import { readEditorData, type EditorData } from './editorData';
import { historyEvents } from './history';
import { loadScript } from './loadScript';
import { hideStatus, showLoading, showNotice, showStatus, type StatusLink } from './statusView';
import { markUnsaved } from './tabTitle';
import { closeEditor } from './closing';
import { watchForUploads } from './uploadWatch';
import { fileRequestEvents } from './fileRequests';
import { peopleEvents } from './people';
import { saveCopyEvents } from './saveCopy';
import { renameEvents } from './rename';
import { editRightsEvents } from './editRights';
import { actionLinkEvents } from './actionLinks';
import { offerCreateNew } from './createNew';

/** How long api.js may take before the user is told the Docs server cannot be reached. */
export const API_TIMEOUT_MS = 8000;

/** Loads ONLYOFFICE's api.js from the configured Docs server and opens the editor with the signed config. */
export async function launchEditor(doc: Document, timeoutMs = API_TIMEOUT_MS): Promise<DocEditor | null> {
  if (followSystemTheme(doc)) return null;
  const data = readEditorData(doc);
  if (offerCreateNew(doc, data)) return null;
  showLoading(doc, format(WRM.I18n.getText('docsbridge.editor.loading'), data.fileName));
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
  let editor: DocEditor | null = null;
  let failed = false;
  const editing = data.config.editorConfig?.mode !== 'view';
  // The Confluence dialogs (file picker, Save copy as), for signed-in users; loaded on first use.
  const picker =
    data.pickerResources && data.pageId && data.attachmentId
      ? { pageId: data.pageId, attachmentId: data.attachmentId, pickerResources: data.pickerResources }
      : null;
  // The spinner stays over the editor until the editor's own interface is up.
  const ready = () => {
    if (!failed) hideStatus(doc);
  };
  const config: DocEditorConfig = {
    ...data.config,
    events: {
      onAppReady: ready,
      onDocumentReady: ready,
      onError: (event) => {
        failed = true;
        showDocsError(doc, data, Number(event?.data?.errorCode));
      },
      onWarning: (event) => showNotice(doc, describeWarning(Number(event?.data?.warningCode))),
      onDocumentStateChange: (event) => markUnsaved(doc, event.data),
      onRequestRefreshFile: () => {
        if (editor) void refresh(doc, data, editor);
      },
      onRequestClose: () => {
        if (doc.defaultView) void closeEditor(doc.defaultView, data);
      },
      // Confluence files for the editor, only while editing: the viewer has no Insert image, Compare or Mail merge.
      ...(picker && editing ? fileRequestEvents(doc, picker, () => editor) : {}),
      // Save copy as: for anyone who may view the file, as ONLYOFFICE offers it in view sessions too.
      ...(picker ? saveCopyEvents(doc, picker) : {}),
      ...historyEvents(doc, data, data.config, () => editor),
      // People to mention and notify, for signed-in users (the config names the user only then).
      ...(data.attachmentId && (data.config.editorConfig?.user as { id?: string } | undefined)?.id
        ? peopleEvents(doc, { attachmentId: data.attachmentId }, () => editor)
        : {}),
      // Rename only while editing (it needs edit permission); every session follows a new title.
      ...renameEvents(doc, data, editing && data.attachmentId ? data.attachmentId : null),
      ...editRightsEvents(doc, data),
      ...actionLinkEvents(doc, data.attachmentId, () => editor),
    },
  };
  editor = new api.DocEditor('docsbridge-editor-placeholder', config);
  const attachmentId = data.refreshUrl ? new URL(data.refreshUrl, doc.baseURI).searchParams.get('attachmentId') : null;
  const key = data.config.document?.key;
  if (attachmentId && key && data.config.editorConfig?.mode !== 'view') watchForUploads(doc, attachmentId, key, data.fileName);
  return editor;
}

/**
 * The editor's theme follows Confluence's colour mode, which the links from Confluence pass as `theme`. A page
 * opened without it (a bookmark, a pasted link) reloads once with the system's colour scheme, so that the signed
 * config names the matching theme. Answers whether the page is being reloaded.
 */
function followSystemTheme(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win?.matchMedia) return false;
  const url = new URL(win.location.href);
  if (url.searchParams.has('theme') || !win.matchMedia('(prefers-color-scheme: dark)').matches) return false;
  url.searchParams.set('theme', 'dark');
  win.location.replace(url.toString());
  return true;
}

function backLinks(doc: Document, data: EditorData, reload: boolean, admin: boolean): StatusLink[] {
  const links: StatusLink[] = [];
  if (reload) links.push({ text: WRM.I18n.getText('docsbridge.editor.retry'), onClick: () => doc.defaultView?.location.reload() });
  links.push({ href: data.goBackUrl, text: WRM.I18n.getText('docsbridge.editor.back') });
  if (admin && data.configureUrl) links.push({ href: data.configureUrl, text: WRM.I18n.getText('docsbridge.editor.unreachable.admin') });
  return links;
}

function showUnreachable(doc: Document, data: EditorData): void {
  const origin = new URL(data.docsApiUrl, doc.baseURI).origin;
  showStatus(
    doc,
    WRM.I18n.getText('docsbridge.editor.unreachable.title'),
    format(WRM.I18n.getText('docsbridge.editor.unreachable.message'), origin),
    backLinks(doc, data, true, true),
  );
}

function showDocsError(doc: Document, data: EditorData, code: number): void {
  const problem = describeError(code);
  showStatus(doc, problem.heading, problem.message, backLinks(doc, data, problem.reloadHelps, problem.adminFixes));
}

/** The Docs server asks for a new config when the page's key was saved meanwhile: fetch a freshly signed one. */
async function refresh(doc: Document, data: EditorData, editor: DocEditor): Promise<void> {
  try {
    const response = await fetch(data.refreshUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const fresh = (await response.json()) as { config: DocEditorConfig };
    editor.refreshFile(fresh.config);
  } catch {
    showStatus(doc, data.fileName, WRM.I18n.getText('docsbridge.editor.refreshFailed'), backLinks(doc, data, true, false));
  }
}
