// Minimal but valid OOXML / ODF packages built with jszip, and the DOCX edits the simulator applies.
import JSZip from 'jszip';
import { xmlEscape, xmlUnescape } from './xml';

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function isZip(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function zipToBuffer(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function contentTypes(overrides: Record<string, string>): string {
  const o = Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('');
  return `${XML_DECL}<Types xmlns="${NS_CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${o}</Types>`;
}

function rels(list: Array<[id: string, type: string, target: string]>): string {
  const r = list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('');
  return `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${r}</Relationships>`;
}

// ---------- DOCX ----------

export function docxParagraphXml(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
}

export async function buildDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes({ '/word/document.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' }));
  zip.file('_rels/.rels', rels([['rId1', REL_DOC, 'word/document.xml']]));
  const body = paragraphs.map(docxParagraphXml).join('');
  zip.file(
    'word/document.xml',
    `${XML_DECL}<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zipToBuffer(zip);
}

/** Paragraph texts of word/document.xml (tabs and breaks kept as \t and \n). */
export function docxXmlParagraphs(xml: string): string[] {
  const out: string[] = [];
  const para = /<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g;
  const piece = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>/g;
  for (const p of xml.matchAll(para)) {
    let text = '';
    for (const m of (p[1] ?? '').matchAll(piece)) {
      if (m[1] !== undefined) text += xmlUnescape(m[1]);
      else text += m[0].startsWith('<w:tab') ? '\t' : '\n';
    }
    out.push(text);
  }
  return out;
}

export async function readDocxParagraphs(bytes: Buffer): Promise<string[] | undefined> {
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  const xml = await zip?.file('word/document.xml')?.async('string');
  return xml === undefined ? undefined : docxXmlParagraphs(xml);
}

/** Appends paragraphs before the body-level <w:sectPr>, or before </w:body>. */
export function insertDocxParagraphs(xml: string, paragraphs: string[]): string {
  const bodyEnd = xml.lastIndexOf('</w:body>');
  if (bodyEnd < 0) throw new Error('word/document.xml has no </w:body>');
  const sect = xml.lastIndexOf('<w:sectPr', bodyEnd);
  const lastBlockEnd = Math.max(xml.lastIndexOf('</w:p>', bodyEnd), xml.lastIndexOf('</w:tbl>', bodyEnd));
  const at = sect > lastBlockEnd ? sect : bodyEnd; // a sectPr inside the last paragraph is not the body's
  return xml.slice(0, at) + paragraphs.map(docxParagraphXml).join('') + xml.slice(at);
}

export async function appendToDocx(original: Buffer, paragraphs: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(original);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('not a DOCX: word/document.xml missing');
  zip.file('word/document.xml', insertDocxParagraphs(await part.async('string'), paragraphs));
  return zipToBuffer(zip);
}

/** Any other zip-based document: keep it a valid package and carry the typed text in an extra part. */
export async function addTextPart(original: Buffer, text: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(original);
  zip.file('docProps/custom-sim.txt', text);
  return zipToBuffer(zip);
}

// ---------- XLSX ----------

function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export async function buildXlsx(rows: string[][]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    contentTypes({
      '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    }),
  );
  zip.file('_rels/.rels', rels([['rId1', REL_DOC, 'xl/workbook.xml']]));
  zip.file(
    'xl/workbook.xml',
    `${XML_DECL}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_R}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', rels([['rId1', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet', 'worksheets/sheet1.xml']]));
  const data = rows
    .map((cells, r) => {
      const cs = cells.map((v, c) => `<c r="${columnName(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(v)}</t></is></c>`).join('');
      return `<row r="${r + 1}">${cs}</row>`;
    })
    .join('');
  zip.file('xl/worksheets/sheet1.xml', `${XML_DECL}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`);
  return zipToBuffer(zip);
}

// ---------- PPTX ----------

const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const PML = 'application/vnd.openxmlformats-officedocument.presentationml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_ALL = `xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:p="${NS_P}"`;
const EMPTY_TREE = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>';

function themeXml(): string {
  const colors = [
    ['dk1', '000000'], ['lt1', 'FFFFFF'], ['dk2', '1F497D'], ['lt2', 'EEECE1'], ['accent1', '4F81BD'], ['accent2', 'C0504D'],
    ['accent3', '9BBB59'], ['accent4', '8064A2'], ['accent5', '4BACC6'], ['accent6', 'F79646'], ['hlink', '0000FF'], ['folHlink', '800080'],
  ]
    .map(([n, v]) => `<a:${n}><a:srgbClr val="${v}"/></a:${n}>`)
    .join('');
  const font = '<a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/>';
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = `<a:ln w="9525">${fill}</a:ln>`;
  const effect = '<a:effectStyle><a:effectLst/></a:effectStyle>';
  return (
    `${XML_DECL}<a:theme xmlns:a="${NS_A}" name="Sim"><a:themeElements><a:clrScheme name="Sim">${colors}</a:clrScheme>` +
    `<a:fontScheme name="Sim"><a:majorFont>${font}</a:majorFont><a:minorFont>${font}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Sim"><a:fillStyleLst>${fill.repeat(3)}</a:fillStyleLst><a:lnStyleLst>${line.repeat(3)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${effect.repeat(3)}</a:effectStyleLst><a:bgFillStyleLst>${fill.repeat(3)}</a:bgFillStyleLst></a:fmtScheme>` +
    `</a:themeElements></a:theme>`
  );
}

export async function buildPptx(lines: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    contentTypes({
      '/ppt/presentation.xml': `${PML}.presentation.main+xml`,
      '/ppt/slideMasters/slideMaster1.xml': `${PML}.slideMaster+xml`,
      '/ppt/slideLayouts/slideLayout1.xml': `${PML}.slideLayout+xml`,
      '/ppt/slides/slide1.xml': `${PML}.slide+xml`,
      '/ppt/theme/theme1.xml': 'application/vnd.openxmlformats-officedocument.theme+xml',
    }),
  );
  zip.file('_rels/.rels', rels([['rId1', REL_DOC, 'ppt/presentation.xml']]));
  zip.file(
    'ppt/presentation.xml',
    `${XML_DECL}<p:presentation ${NS_ALL}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
  );
  zip.file(
    'ppt/_rels/presentation.xml.rels',
    rels([
      ['rId1', `${REL}/slideMaster`, 'slideMasters/slideMaster1.xml'],
      ['rId2', `${REL}/slide`, 'slides/slide1.xml'],
      ['rId3', `${REL}/theme`, 'theme/theme1.xml'],
    ]),
  );
  zip.file(
    'ppt/slideMasters/slideMaster1.xml',
    `${XML_DECL}<p:sldMaster ${NS_ALL}><p:cSld><p:spTree>${EMPTY_TREE}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`,
  );
  zip.file(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    rels([
      ['rId1', `${REL}/slideLayout`, '../slideLayouts/slideLayout1.xml'],
      ['rId2', `${REL}/theme`, '../theme/theme1.xml'],
    ]),
  );
  zip.file(
    'ppt/slideLayouts/slideLayout1.xml',
    `${XML_DECL}<p:sldLayout ${NS_ALL}><p:cSld><p:spTree>${EMPTY_TREE}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`,
  );
  zip.file('ppt/slideLayouts/_rels/slideLayout1.xml.rels', rels([['rId1', `${REL}/slideMaster`, '../slideMasters/slideMaster1.xml']]));
  const paras = (lines.length ? lines : ['']).map((l) => `<a:p><a:r><a:rPr lang="en-US"/><a:t>${xmlEscape(l)}</a:t></a:r></a:p>`).join('');
  zip.file(
    'ppt/slides/slide1.xml',
    `${XML_DECL}<p:sld ${NS_ALL}><p:cSld><p:spTree>${EMPTY_TREE}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Text"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="457200"/><a:ext cx="8229600" cy="5943600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>${paras}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`,
  );
  zip.file('ppt/slides/_rels/slide1.xml.rels', rels([['rId1', `${REL}/slideLayout`, '../slideLayouts/slideLayout1.xml']]));
  zip.file('ppt/theme/theme1.xml', themeXml());
  return zipToBuffer(zip);
}

// ---------- ODF (odt/ods/odp) ----------

const ODF_MIME: Record<string, string> = {
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

export async function buildOdf(ext: 'odt' | 'ods' | 'odp', lines: string[]): Promise<Buffer> {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';
  const ps = lines.map((l) => `<text:p>${xmlEscape(l)}</text:p>`).join('');
  const body = {
    odt: `<office:text>${ps}</office:text>`,
    ods: `<office:spreadsheet><table:table table:name="Sheet1">${lines.map((l) => `<table:table-row><table:table-cell><text:p>${xmlEscape(l)}</text:p></table:table-cell></table:table-row>`).join('')}</table:table></office:spreadsheet>`,
    odp: `<office:presentation><draw:page draw:name="Slide1"><draw:frame><draw:text-box>${ps}</draw:text-box></draw:frame></draw:page></office:presentation>`,
  }[ext];
  const zip = new JSZip();
  zip.file('mimetype', ODF_MIME[ext], { compression: 'STORE' }); // must be the first, uncompressed entry
  zip.file(
    'META-INF/manifest.xml',
    `${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="${ODF_MIME[ext]}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
  );
  zip.file('content.xml', `${XML_DECL}<office:document-content ${ns} office:version="1.2"><office:body>${body}</office:body></office:document-content>`);
  return zipToBuffer(zip);
}
