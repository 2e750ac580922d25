// What the simulator does to file contents: read a document's text, apply typed text on save,
// and render conversion outputs as real files of the target type.
import { saveFormatFor } from './formats';
import { addTextPart, appendToDocx, buildDocx, buildOdf, buildPptx, buildXlsx, isZip, readDocxParagraphs } from './ooxml';
import { buildHtml, buildPdf, buildPng, buildRtf, buildText } from './plainFormats';
import { xmlUnescape } from './xml';

const DOCX_FAMILY = new Set(['docx', 'docm', 'dotx', 'dotm']);
const TEXT_LIKE = new Set(['txt', 'md', 'csv', 'tsv', 'html', 'htm', 'xml']);

/** The text lines a source file holds, or undefined when the simulator cannot read that format. */
export async function readText(bytes: Buffer, fileType: string): Promise<string[] | undefined> {
  const ext = fileType.toLowerCase();
  if (DOCX_FAMILY.has(ext)) return readDocxParagraphs(bytes);
  if (!TEXT_LIKE.has(ext)) return undefined;
  let text = bytes.toString('utf8');
  if (ext === 'html' || ext === 'htm' || ext === 'xml') {
    const stripped = text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<\/(p|div|h\d|li|tr)>|<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '');
    text = xmlUnescape(stripped.replace(/&nbsp;/g, ' '));
  }
  return text.split(/\r?\n/).map((l) => l.trimEnd()).filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
}

/** What the editor page shows as the document body. */
export async function displayLines(bytes: Buffer, fileType: string): Promise<string[]> {
  const lines = await readText(bytes, fileType).catch(() => undefined);
  return lines ?? [`[${fileType.toUpperCase()} file, ${bytes.length} bytes: the simulator shows no preview of this format]`];
}

/** A typed text becomes one paragraph per line. */
export function textToParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The file DS would assemble: DOCX gets real paragraphs, other zip packages an extra text part,
 * anything else the text appended. Formats DS cannot write come back as their OOXML counterpart.
 */
export async function applyEdits(original: Buffer, fileType: string, paragraphs: string[]): Promise<{ bytes: Buffer; fileType: string }> {
  const ext = fileType.toLowerCase();
  const out = saveFormatFor(ext);
  if (out !== ext) {
    const base = (await readText(original, ext).catch(() => undefined)) ?? [`Converted from ${ext}`];
    return { bytes: await render(out, [...base, ...paragraphs], `output.${out}`, ext), fileType: out };
  }
  if (paragraphs.length === 0) return { bytes: original, fileType: ext };
  if (DOCX_FAMILY.has(ext) && isZip(original)) return { bytes: await appendToDocx(original, paragraphs), fileType: ext };
  if (isZip(original)) return { bytes: await addTextPart(original, paragraphs.join('\n') + '\n'), fileType: ext };
  return { bytes: Buffer.concat([original, Buffer.from('\n' + paragraphs.join('\n') + '\n', 'utf8')]), fileType: ext };
}

/** A real file of type `ext` holding `lines` (placeholders for formats the simulator cannot draw). */
export async function render(ext: string, lines: string[], title: string, sourceType: string): Promise<Buffer> {
  switch (ext) {
    case 'docx':
    case 'docm':
    case 'dotx':
    case 'dotm':
      return buildDocx(lines);
    case 'xlsx':
    case 'xlsm':
    case 'xltx':
    case 'xltm': {
      const sep = sourceType === 'tsv' ? '\t' : sourceType === 'csv' ? ',' : null;
      return buildXlsx(lines.map((l) => (sep ? l.split(sep) : [l])));
    }
    case 'pptx':
    case 'pptm':
    case 'potx':
    case 'potm':
    case 'ppsx':
    case 'ppsm':
      return buildPptx(lines);
    case 'odt':
    case 'ods':
    case 'odp':
      return buildOdf(ext, lines);
    case 'pdf':
    case 'pdfa':
      return buildPdf(lines);
    case 'rtf':
      return buildRtf(lines);
    case 'html':
      return buildHtml(lines, title);
    case 'txt':
    case 'md':
      return buildText(lines);
    case 'csv':
    case 'tsv':
      return buildText(lines.map((l) => (sourceType === 'csv' || sourceType === 'tsv' ? l : `"${l.replace(/"/g, '""')}"`)));
    case 'png':
      return buildPng();
    default:
      return buildText([`ONLYOFFICE Docs simulator placeholder: ${sourceType} converted to ${ext}`, ...lines]);
  }
}
