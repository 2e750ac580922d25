import JSZip from 'jszip';
import { applyEdits, readText, render, textToParagraphs } from './documents';
import { conversionTarget, saveFormatFor } from './formats';
import { buildDocx, docxXmlParagraphs, insertDocxParagraphs } from './ooxml';
import { SAMPLE_DOCX } from './testkit';

const docXml = async (bytes: Buffer) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

describe('document contents', () => {
  it('reads DOCX paragraphs with tabs, entities and empty paragraphs', async () => {
    expect(await readText(SAMPLE_DOCX, 'docx')).toEqual(['Sample document', 'Hello from the fixture\t& friends', '']);
  });

  it('inserts typed paragraphs before the body sectPr, XML-escaped, keeping the rest of the package', async () => {
    const { bytes, fileType } = await applyEdits(SAMPLE_DOCX, 'docx', ['a < b & "c"', 'second']);
    expect(fileType).toBe('docx');
    const xml = await docXml(bytes);
    expect(xml).toContain('<w:p><w:r><w:t xml:space="preserve">a &lt; b &amp; &quot;c&quot;</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">second</w:t></w:r></w:p><w:sectPr>');
    expect(docxXmlParagraphs(xml)).toEqual(['Sample document', 'Hello from the fixture\t& friends', '', 'a < b & "c"', 'second']);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/styles.xml')).not.toBeNull();
    expect(zip.file('docProps/core.xml')).not.toBeNull();
  });

  it('ignores a sectPr inside the last paragraph and appends before </w:body>', () => {
    const xml = '<w:document><w:body><w:p><w:pPr><w:sectPr/></w:pPr></w:p></w:body></w:document>';
    expect(insertDocxParagraphs(xml, ['x'])).toBe('<w:document><w:body><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p><w:r><w:t xml:space="preserve">x</w:t></w:r></w:p></w:body></w:document>');
  });

  it('turns typed text into one paragraph per line', () => {
    expect(textToParagraphs('one\r\ntwo\n')).toEqual(['one', 'two']);
    expect(textToParagraphs('')).toEqual(['']);
  });

  it('keeps other zip packages valid and adds docProps/custom-sim.txt', async () => {
    const xlsx = await render('xlsx', ['x'], 't', 'txt');
    const { bytes } = await applyEdits(xlsx, 'xlsx', ['typed']);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('docProps/custom-sim.txt')!.async('string')).toBe('typed\n');
    expect(zip.file('xl/workbook.xml')).not.toBeNull();
  });

  it('returns the original bytes when nothing was typed', async () => {
    expect((await applyEdits(SAMPLE_DOCX, 'docx', [])).bytes).toBe(SAMPLE_DOCX);
  });

  it('saves view-only formats as OOXML and writable ones in place', () => {
    expect(saveFormatFor('doc')).toBe('docx');
    expect(saveFormatFor('xls')).toBe('xlsx');
    expect(saveFormatFor('ppt')).toBe('pptx');
    expect(saveFormatFor('odt')).toBe('odt');
    expect(saveFormatFor('csv')).toBe('csv');
    expect(saveFormatFor('pdf')).toBe('pdf');
  });

  it('knows which conversions the formats list allows', () => {
    expect(conversionTarget('docx', 'pdf')).toBe('pdf');
    expect(conversionTarget('docx', 'xlsx')).toBeUndefined();
    expect(conversionTarget('xml', 'xlsx')).toBe('xlsx');
    expect(conversionTarget('pptx', 'ooxml')).toBe('pptx');
    expect(conversionTarget('ppt', 'odf')).toBe('odp');
    expect(conversionTarget('vsdx', 'odf')).toBeUndefined();
    expect(conversionTarget('nope', 'pdf')).toBeUndefined();
  });

  it('builds a PPTX with presentation, master, layout, theme and slide parts', async () => {
    const zip = await JSZip.loadAsync(await render('pptx', ['Hello & bye'], 't', 'txt'));
    for (const part of ['[Content_Types].xml', 'ppt/presentation.xml', 'ppt/slideMasters/slideMaster1.xml', 'ppt/slideLayouts/slideLayout1.xml', 'ppt/theme/theme1.xml', 'ppt/slides/slide1.xml']) {
      expect(zip.file(part)).not.toBeNull();
    }
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('<a:t>Hello &amp; bye</a:t>');
  });

  it('builds a DOCX whose paragraphs read back', async () => {
    expect(await readText(await buildDocx(['x', 'y']), 'docx')).toEqual(['x', 'y']);
  });

  it('builds a PDF whose xref offsets point at the objects', async () => {
    const pdf = (await render('pdf', ['(paren) \\ back', 'ünïcode'], 't', 'txt')).toString('latin1');
    expect(pdf).toContain('(\\(paren\\) \\\\ back) Tj');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((o, i) => expect(pdf.slice(o, o + 7)).toBe(`${i + 1} 0 obj`));
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('reads text-like sources and strips HTML tags', async () => {
    expect(await readText(Buffer.from('<p>one</p><p>two &amp;</p>'), 'html')).toEqual(['one', 'two &']);
    expect(await readText(Buffer.from('%PDF'), 'pdf')).toBeUndefined();
  });
});
