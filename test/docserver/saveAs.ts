// "Save copy as" in the editor (docs-api §2.4 onRequestSaveAs): DS converts the document as it is now into the chosen
// format, stores the result in its cache and hands the host page {fileType, title, url}, where url is a signed cache
// link the host downloads server-side. The formats offered follow the document's kind, as the editor's File menu does.
import { FileCache } from './cache';
import { SimConfig } from './config';
import { applyEdits, readText, render } from './documents';
import { SessionStore } from './sessions';

/** What the editor's "Save copy as" offers per document type (a subset of DS's lists, every one a real file). */
export const SAVE_AS_TYPES: Record<string, string[]> = {
  word: ['docx', 'odt', 'pdf', 'rtf', 'txt'],
  cell: ['xlsx', 'ods', 'csv', 'pdf'],
  slide: ['pptx', 'odp', 'pdf'],
  pdf: ['pdf'],
  diagram: ['pdf'],
};

export type SaveAsAnswer = { ok: true; fileType: string; title: string; url: string } | { ok: false; error: string };

export class SaveCopies {
  private seq = 0;

  constructor(private readonly cfg: SimConfig, private readonly cache: FileCache, private readonly sessions: SessionStore) {}

  async run(sessionId: string, fileType: string, publicBase: string): Promise<SaveAsAnswer> {
    const d = this.sessions.documentOf(sessionId);
    const wanted = fileType.toLowerCase();
    if (!(SAVE_AS_TYPES[d.documentType] ?? []).includes(wanted)) return { ok: false, error: `cannot save a ${d.documentType} document as ${wanted}` };
    if (!d.base) return { ok: false, error: 'the document is not loaded' };
    const current = await applyEdits(d.base, d.fileType, d.paragraphs);
    const bytes =
      current.fileType === wanted
        ? current.bytes
        : await render(wanted, (await readText(current.bytes, current.fileType).catch(() => undefined)) ?? d.lines, d.title, current.fileType);
    const title = `${d.title.replace(/\.[^.]*$/, '')}.${wanted}`;
    const url = this.cache.put(this.cfg.publicUrl ?? publicBase, `${d.key}_copy_${++this.seq}`, `output.${wanted}`, bytes, title);
    return { ok: true, fileType: wanted, title, url };
  }
}
