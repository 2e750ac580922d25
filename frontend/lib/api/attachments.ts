// The attachment actions' API (FormatsServlet, CreateServlet, ConvertServlet, DownloadAsServlet). Conversions are
// polled: the dialogs repeat the same POST until the answer says `done`. Failures arrive as ApiError whose body is
// `{error, message, code?, problem?}` with the message already in the user's language.
import { ApiError, request } from './client';

/** An attachment as the dialogs show and open it. */
export interface AttachmentInfo {
  id: number;
  pageId: number;
  fileName: string;
  /** Context-relative URL of the ONLYOFFICE editor page for this attachment. */
  editorUrl: string;
}

/** What the current user may do with one attachment through ONLYOFFICE. */
export interface AttachmentFormats extends AttachmentInfo {
  access: 'edit' | 'view' | null;
  /** The format "Convert" makes (docx, xlsx, pptx or pdf), when the user may convert. */
  convert: string | null;
  /** The formats "Download as" offers; empty when it is not offered. */
  downloadAs: string[];
}

export type NewDocumentType = 'docx' | 'xlsx' | 'pptx' | 'pdf';

export type ConvertProgress = { done: false; percent: number } | { done: true; percent: 100; attachment: AttachmentInfo };

export type DownloadProgress =
  | { done: false; percent: number }
  | { done: true; percent: 100; fileName: string; downloadUrl: string };

/** The JSON body of a refused request, when the server sent one. */
export interface ActionErrorBody {
  /** Stable id: invalidName, password, unavailable, forbidden, … */
  error?: string;
  message?: string;
  /** The Docs server's conversion error code, when it gave one. */
  code?: number;
  /** For invalidName: EMPTY, TOO_LONG, FORBIDDEN_CHARACTER, CONTROL_CHARACTER, DOTS_ONLY. */
  problem?: string;
}

export function errorBody(e: unknown): ActionErrorBody {
  return e instanceof ApiError && e.body && typeof e.body === 'object' ? (e.body as ActionErrorBody) : {};
}

export function loadFormats(attachmentId: number | string): Promise<AttachmentFormats> {
  return request<AttachmentFormats>('GET', '/onlyoffice/formats?attachmentId=' + encodeURIComponent(String(attachmentId)));
}

export function createDocument(pageId: number | string, type: NewDocumentType, fileName: string): Promise<AttachmentInfo> {
  return request<AttachmentInfo>('POST', '/onlyoffice/create', { pageId: String(pageId), type, fileName });
}

export function pollConvert(attachmentId: number | string, target: string): Promise<ConvertProgress> {
  return request<ConvertProgress>('POST', '/onlyoffice/convert', { attachmentId: String(attachmentId), target });
}

export function pollDownloadAs(attachmentId: number | string, target: string, fileName: string): Promise<DownloadProgress> {
  return request<DownloadProgress>('POST', '/onlyoffice/download-as', { attachmentId: String(attachmentId), target, fileName });
}
