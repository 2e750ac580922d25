// The editor's requests for a Confluence file (docs-api §2.4): Insert image → insertImage, Compare/Combine →
// setRequestedDocument, Mail merge → setRequestedSpreadsheet. The picker's files load on the first request only,
// so opening the editor costs nothing for them.
import type { DocEditor, DocEditorEvents, DocsEvent } from '../types/docsapi';
import type { PickPurpose, SignedCommand } from '../picker/types';
import { loadScript } from './loadScript';
import { showNotice } from './statusView';

export interface FileRequestContext {
  pageId: number;
  attachmentId: number;
  /** The picker's script and style URLs, dependencies first (EditorServlet). */
  pickerResources: string[];
}

const LOAD_TIMEOUT_MS = 20_000;
let loading: Promise<void> | null = null;

/** Loads the picker bundle once (its dialogs also serve Save copy as). */
export function loadPicker(doc: Document, urls: string[]): Promise<void> {
  if (doc.defaultView?.docsbridgePicker) return Promise.resolve();
  if (!loading) {
    loading = (async () => {
      for (const url of urls.filter((u) => u.endsWith('.css'))) {
        const link = doc.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        doc.head.appendChild(link);
      }
      for (const url of urls.filter((u) => u.endsWith('.js'))) await loadScript(doc, url, LOAD_TIMEOUT_MS);
      if (!doc.defaultView?.docsbridgePicker) throw new Error('picker missing');
    })().catch((e) => {
      loading = null;
      throw e;
    });
  }
  return loading;
}

async function pick(doc: Document, ctx: FileRequestContext, purpose: PickPurpose, c: string): Promise<SignedCommand | null> {
  try {
    await loadPicker(doc, ctx.pickerResources);
  } catch {
    showNotice(doc, WRM.I18n.getText('docsbridge.picker.error.unavailable'));
    return null;
  }
  return doc.defaultView!.docsbridgePicker!.pickFile({ purpose, c, pageId: ctx.pageId, editorAttachmentId: ctx.attachmentId });
}

function commandOf(event: DocsEvent<{ c?: string } | undefined> | undefined, fallback: string): string {
  const c = event?.data?.c;
  return typeof c === 'string' && c ? c : fallback;
}

/** Handlers for the editor's file requests; declaring them is what shows the editor's buttons (api.js canXxx). */
export function fileRequestEvents(doc: Document, ctx: FileRequestContext, editor: () => DocEditor | null): DocEditorEvents {
  const handle = (purpose: PickPurpose, fallback: string, deliver: (e: DocEditor, command: SignedCommand) => void) =>
    (event?: DocsEvent<{ c?: string } | undefined>) => {
      void pick(doc, ctx, purpose, commandOf(event, fallback)).then((command) => {
        const current = editor();
        if (command && current) deliver(current, command);
      });
    };
  return {
    onRequestInsertImage: handle('image', 'add', (e, command) => e.insertImage(command)),
    onRequestSelectDocument: handle('document', 'compare', (e, command) => e.setRequestedDocument(command)),
    onRequestSelectSpreadsheet: handle('spreadsheet', 'mailmerge', (e, command) => e.setRequestedSpreadsheet(command)),
  };
}
