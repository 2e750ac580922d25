/** Marks the browser tab while the document has changes not yet delivered to the Docs server. */
export const UNSAVED_MARK = '\u25cf ';

export function markUnsaved(doc: Document, unsaved: boolean): void {
  const clean = doc.title.startsWith(UNSAVED_MARK) ? doc.title.slice(UNSAVED_MARK.length) : doc.title;
  doc.title = unsaved ? UNSAVED_MARK + clean : clean;
}
