import type { DocEditorConfig } from '../types/docsapi';

/** What the editor page hands the launcher (rendered by EditorServlet into #docsbridge-editor-data). */
export interface EditorData {
  config: DocEditorConfig;
  docsApiUrl: string;
  refreshUrl: string;
  /** Version history endpoint (GET list / data, POST restore); absent when history is unavailable. */
  historyUrl?: string;
  attachmentId?: number;
  goBackUrl: string;
  fileName: string;
  configureUrl?: string;
  pageId?: number;
  /** Present for signed-in users: the picker bundle's script and style URLs (file picker, Save copy as), loaded on first use. */
  pickerResources?: string[];
}

export function readEditorData(doc: Document): EditorData {
  const element = doc.getElementById('docsbridge-editor-data');
  if (!element?.textContent) throw new Error('editor data missing');
  const data = JSON.parse(element.textContent) as EditorData;
  if (!data.config || typeof data.docsApiUrl !== 'string') throw new Error('editor data incomplete');
  return data;
}
