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

/** One format "Download as" offers, named for people (in their language) and grouped (download-order.json). */
export interface DownloadChoice {
  target: string;
  /** The extension of the downloaded file (pdf for pdfa). */
  extension: string;
  label: string;
  group: string;
}

/** What "Convert" would do, known before it starts. */
export interface ConvertPlan {
  /** The name of the result. */
  fileName: string;
  /** The result of an earlier conversion that this one would answer (upToDate) or add a version to. */
  earlier?: AttachmentInfo & { version: number };
  /** This very version was converted before: nothing new would be added. */
  upToDate: boolean;
  /** Another attachment has the result's name: the dialog asks for a name first. */
  nameTaken: boolean;
}

/** What the current user may do with one attachment through ONLYOFFICE. */
export interface AttachmentFormats extends AttachmentInfo {
  access: 'edit' | 'view' | null;
  /** The format "Convert" makes (docx, xlsx, pptx or pdf), when the user may convert. */
  convert: string | null;
  /** The formats "Download as" offers, most useful first; empty when it is not offered. */
  downloadAs: string[];
  /** The same formats with names and groups. */
  downloadAsChoices?: DownloadChoice[];
  /** When Convert is offered: what it would do, and the names of the page's attachments. */
  convertPlan?: ConvertPlan;
  pageFileNames?: string[];
}

/** What "Convert" did: a new attachment, a new version of the earlier result, or nothing (already converted). */
export type ConvertOutcome = 'created' | 'updated' | 'existing';

export type NewDocumentType = 'docx' | 'xlsx' | 'pptx' | 'pdf';

export type ConvertProgress =
  | { done: false; percent: number }
  | { done: true; percent: 100; outcome?: ConvertOutcome; attachment: AttachmentInfo & { version?: number } };

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

/** The names of a page's attachments (for users who may add attachments to it): what a new file must not be called. */
export async function loadPageFileNames(pageId: number | string): Promise<string[]> {
  const answer = await request<{ fileNames: string[] }>('GET', '/onlyoffice/formats?pageId=' + encodeURIComponent(String(pageId)));
  return answer.fileNames;
}

export function createDocument(pageId: number | string, type: NewDocumentType, fileName: string): Promise<AttachmentInfo> {
  return request<AttachmentInfo>('POST', '/onlyoffice/create', { pageId: String(pageId), type, fileName });
}

/** One poll of "Convert"; {@code fileName} names a new result (asked for when the default name is taken). */
export function pollConvert(attachmentId: number | string, target: string, fileName?: string): Promise<ConvertProgress> {
  const body: Record<string, string> = { attachmentId: String(attachmentId), target };
  if (fileName !== undefined) body.fileName = fileName;
  return request<ConvertProgress>('POST', '/onlyoffice/convert', body);
}

export function pollDownloadAs(attachmentId: number | string, target: string, fileName: string): Promise<DownloadProgress> {
  return request<DownloadProgress>('POST', '/onlyoffice/download-as', { attachmentId: String(attachmentId), target, fileName });
}
