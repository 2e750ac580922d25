// The part of ONLYOFFICE's api.js (window.DocsAPI) that the editor launcher uses.
export interface DocsEvent<T = unknown> {
  data: T;
}

export interface DocEditorEvents {
  onAppReady?: () => void;
  onDocumentReady?: () => void;
  onDocumentStateChange?: (event: DocsEvent<boolean>) => void;
  onRequestRefreshFile?: () => void;
  onRequestClose?: () => void;
  onError?: (event: DocsEvent<{ errorCode: number; errorDescription: string }>) => void;
  onWarning?: (event: DocsEvent<{ warningCode: number; warningDescription: string }>) => void;
  /** `c`: add, change, fill, watermark or slide. */
  onRequestInsertImage?: (event: DocsEvent<{ c?: string }>) => void;
  /** `c`: compare, combine or insert-text. */
  onRequestSelectDocument?: (event: DocsEvent<{ c?: string }>) => void;
  /** `c`: mailmerge. */
  onRequestSelectSpreadsheet?: (event: DocsEvent<{ c?: string }>) => void;
  onRequestHistory?: () => void;
  onRequestHistoryData?: (event: DocsEvent<number>) => void;
  onRequestHistoryClose?: () => void;
  onRequestRestore?: (event: DocsEvent<{ version: number; url?: string; fileType?: string }>) => void;
  /** File > Save copy as: `url` points into the Docs server's cache; `title` carries the new extension. */
  onRequestSaveAs?: (event: DocsEvent<{ fileType: string; title: string; url: string }>) => void;
  /** File > Rename: the new name without the extension. */
  onRequestRename?: (event: DocsEvent<string>) => void;
  /** A link to a bookmark or comment is wanted: answer with setActionLink(url). */
  onMakeActionLink?: (event: DocsEvent<unknown>) => void;
  /** "Edit current file" in the viewer: open the editor again for editing. */
  onRequestEditRights?: () => void;
  /** After the host's `meta` command, in every editor of the document. */
  onMetaChange?: (event: DocsEvent<{ title?: string; favorite?: boolean }>) => void;
  /** `c`: mention, protect or info (with `id`); newer Docs versions page with `search`, `from`, `count`. */
  onRequestUsers?: (event: DocsEvent<UserListRequest>) => void;
  onRequestSendNotify?: (event: DocsEvent<SendNotifyRequest>) => void;
  /** Data tab > External links > Update values (also IMPORTRANGE, with `link`): answer with setReferenceData. */
  onRequestReferenceData?: (event: DocsEvent<ReferenceRequest>) => void;
  /** External links > Change source: answer with setReferenceSource. */
  onRequestReferenceSource?: (event: DocsEvent<ReferenceRequest>) => void;
  /** External links > Open source: open the source's editor in the tab named `windowName`. */
  onRequestOpen?: (event: DocsEvent<ReferenceRequest & { windowName?: string }>) => void;
}

/** What the spreadsheet editor says about a linked source (docs-api §2.4); any field may be missing. */
export interface ReferenceRequest {
  referenceData?: { fileKey?: string; instanceId?: string; key?: string };
  path?: string;
  link?: string;
}

/** `onRequestUsers` data (docs-api §2.4). */
export interface UserListRequest {
  c: string;
  id?: string[] | string;
  search?: string;
  from?: number;
  count?: number;
}

/** `onRequestSendNotify` data: the comment, the mentioned addresses and where the comment is. */
export interface SendNotifyRequest {
  actionLink?: Record<string, unknown>;
  message?: string;
  emails?: string[];
}

/** One user of `setUsers`; the editor drops users without both a name and an address. */
export interface EditorUser {
  id: string;
  name: string;
  email: string;
  image?: string;
}

/** One entry of refreshHistory's list (docs-api §2.4); `changes`/`serverVersion` as the callback gave them. */
export interface HistoryEntry {
  key: string;
  version: number;
  created: string;
  user: { id: string; name: string; image?: string };
  comment?: string;
  changes?: unknown[];
  serverVersion?: unknown;
}

export interface DocEditorConfig {
  document: { title: string; key: string; url: string; fileType: string; [field: string]: unknown };
  documentType: string;
  editorConfig: Record<string, unknown>;
  token?: string;
  events?: DocEditorEvents;
  [field: string]: unknown;
}

export interface DocEditor {
  destroyEditor(): void;
  refreshFile(config: DocEditorConfig): void;
  /** `{c, images:[{fileType, url}], token}`, the token a JWT over the rest. */
  insertImage(command: Record<string, unknown>): void;
  /** `{c, fileType, url, token}`. */
  setRequestedDocument(command: Record<string, unknown>): void;
  /** `{c, fileType, url, token}`. */
  setRequestedSpreadsheet(command: Record<string, unknown>): void;
  refreshHistory(data: { currentVersion?: number; history?: HistoryEntry[]; error?: string }): void;
  setHistoryData(data: Record<string, unknown>): void;
  showMessage?(text: string): void;
  setUsers?(data: { c: string; users: EditorUser[]; isPaginated?: boolean; total?: number }): void;
  /** The answer to onMakeActionLink: the URL that opens the document at the bookmark or comment. */
  setActionLink?(link: string): void;
  /** `{fileType, key, path, referenceData, url, token}`, or `{error}` for the editor to show. */
  setReferenceData?(data: Record<string, unknown>): void;
  /** As setReferenceData, for a changed source. */
  setReferenceSource?(data: Record<string, unknown>): void;
}

export interface DocsApi {
  DocEditor: { new (placeholderId: string, config: DocEditorConfig): DocEditor; version?: () => string };
}

declare global {
  interface Window {
    DocsAPI?: DocsApi;
  }
}
