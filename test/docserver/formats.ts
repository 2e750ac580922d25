// Format facts from ONLYOFFICE's formats list (onlyoffice-docs-formats.json 3.2.0, copied beside this file).
import formatsList from './onlyoffice-docs-formats.json';

export type DocumentType = 'word' | 'cell' | 'slide' | 'pdf' | 'diagram';

interface FormatEntry {
  name: string;
  type: string;
  actions: string[];
  convert: string[];
  mime: string[];
}

const byName = new Map<string, FormatEntry>((formatsList as FormatEntry[]).map((f) => [f.name, f]));

const OOXML: Record<DocumentType, string> = { word: 'docx', cell: 'xlsx', slide: 'pptx', pdf: 'pdf', diagram: 'vsdx' };
const ODF: Partial<Record<DocumentType, string>> = { word: 'odt', cell: 'ods', slide: 'odp' };

export function documentTypeOf(ext: string): DocumentType | undefined {
  const t = byName.get(ext.toLowerCase())?.type;
  return t ? (t as DocumentType) : undefined;
}

/** Formats DS can write back: natively editable or lossy-editable ones; the rest are saved as OOXML. */
export function saveFormatFor(ext: string): string {
  const f = byName.get(ext.toLowerCase());
  if (!f) return ext;
  if (f.actions.includes('edit') || f.actions.includes('lossy-edit')) return f.name;
  return OOXML[f.type as DocumentType] ?? ext;
}

/**
 * The concrete output extension of a conversion, or undefined when the list does not allow it (→ -7).
 * `ooxml` / `odf` pick the family member for the source's document type (7.0+).
 */
export function conversionTarget(filetype: string, outputtype: string): string | undefined {
  const f = byName.get(filetype.toLowerCase());
  if (!f) return undefined;
  let target = outputtype.toLowerCase();
  if (target === 'ooxml') target = OOXML[f.type as DocumentType] ?? '';
  else if (target === 'odf') target = ODF[f.type as DocumentType] ?? '';
  if (!target) return undefined;
  // Converting within the same format is allowed for the OOXML/ODF family shortcuts (e.g. docx -> ooxml).
  if (target === f.name && outputtype !== target) return target;
  return f.convert.includes(target) ? target : undefined;
}

const EXTRA_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  zip: 'application/zip',
};

export function contentTypeFor(ext: string): string {
  const e = ext.toLowerCase();
  return EXTRA_TYPES[e] ?? byName.get(e)?.mime[0] ?? 'application/octet-stream';
}

export function isKnownFormat(ext: string): boolean {
  return byName.has(ext.toLowerCase());
}

export const formatsJson: unknown = formatsList;
