// The contract between the editor launcher and the file picker it loads on first use (window.docsbridgePicker).

/**
 * What the editor asked for: an image to insert, a document to compare/combine, mail-merge recipients; or, for the
 * preview macro in the macro browser, any file ONLYOFFICE can display ('view'); or a new source spreadsheet for
 * linked data ('reference', chosen here and signed by the reference endpoint).
 */
export type PickPurpose = 'image' | 'document' | 'spreadsheet' | 'reference' | 'view';

export interface PickRequest {
  purpose: PickPurpose;
  /** The editor's own `c` (add, change, compare, combine, mailmerge, …), passed back in the signed object. */
  c: string;
  /** The page of the file being edited: its files are listed first. */
  pageId: number;
  /** The file being edited. */
  editorAttachmentId: number;
}

/** The object for insertImage / setRequestedDocument / setRequestedSpreadsheet, signed by the server. */
export type SignedCommand = Record<string, unknown> & { token: string };

/** A file chosen for the preview macro: nothing is signed, the macro checks access when it renders. */
export interface ChosenFile {
  id: number;
  pageId: number;
  fileName: string;
}

/** The editor's onRequestSaveAs data, with the file being edited and its page. */
export interface SaveCopyRequest {
  fileType: string;
  title: string;
  /** A link into the Docs server's cache; the server downloads it, only from the configured Docs server. */
  url: string;
  pageId: number;
  editorAttachmentId: number;
}

/** The stored copy (SaveAsServlet's answer). */
export interface SavedCopy {
  id: number;
  pageId: number;
  fileName: string;
  editorUrl: string;
}

export interface DocsbridgePicker {
  /** Shows the picker; resolves with the signed object, or null when the user cancelled. */
  pickFile(request: PickRequest): Promise<SignedCommand | null>;
  /**
   * Shows the picker for a file ONLYOFFICE can display ('view', the default) or a spreadsheet ('reference'), this
   * page's files first; nothing is signed. Null when the user cancelled.
   */
  chooseFile(request: { pageId: number; purpose?: 'view' | 'reference' }): Promise<ChosenFile | null>;
  /** Asks for the page and name of a copy and stores it; resolves with the copy, or null when cancelled. */
  saveCopy(request: SaveCopyRequest): Promise<SavedCopy | null>;
}

declare global {
  interface Window {
    docsbridgePicker?: DocsbridgePicker;
  }
}
