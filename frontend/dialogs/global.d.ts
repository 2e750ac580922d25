// The one global the dialogs bundle defines; the page script calls it after loading the bundle on demand.
declare global {
  /** Which dialog: the last path segment of the web-item's link (…/onlyoffice/<kind>?…). */
  type DocsbridgeDialogKind = 'create' | 'convert' | 'download-as';

  interface DocsbridgeDialogs {
    /** Opens a dialog; `params` are the query parameters of the web-item's link; focus returns to `trigger`. */
    open(kind: string, params: Record<string, string>, trigger?: HTMLElement | null): void;
  }

  interface Window {
    docsbridgeDialogs?: DocsbridgeDialogs;
  }
}

export {};
