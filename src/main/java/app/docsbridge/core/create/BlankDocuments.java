package app.docsbridge.core.create;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The blank files behind "New document": small but complete Office Open XML packages (one empty paragraph, one
 * empty sheet, one title slide) and a one-page PDF with an (empty) interactive form, all built here so that no
 * binary template has to be maintained. Each call builds fresh bytes; they are a few kilobytes.
 */
public final class BlankDocuments {

    static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String NS_PR = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = NS_R + "/";
    static final String OFFICE_DOCUMENT = REL + "officeDocument";
    static final String OOXML_CT = "application/vnd.openxmlformats-officedocument.";
    /** 2024-01-01T00:00:00Z: a fixed entry time keeps the bytes of every blank file identical. */
    private static final long FIXED_TIME = 1_704_067_200_000L;

    private BlankDocuments() {
    }

    /** A blank file for a creator whose locale is unknown: A4, Arial, English proofing. */
    public static byte[] blank(NewDocumentType type) {
        return blank(type, DocumentLocale.of(Locale.ROOT));
    }

    /** A blank file that follows its creator's locale: paper size, a font for the script, proofing language. */
    public static byte[] blank(NewDocumentType type, DocumentLocale locale) {
        return switch (type) {
            case DOCUMENT -> docx(locale);
            case SPREADSHEET -> xlsx(locale);
            case PRESENTATION -> pptx(locale);
            case PDF_FORM -> pdfForm(locale);
        };
    }

    // ---- Word -----------------------------------------------------------------------------------------------

    static byte[] docx(DocumentLocale locale) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes(
                override("/word/document.xml", OOXML_CT + "wordprocessingml.document.main+xml"),
                override("/word/styles.xml", OOXML_CT + "wordprocessingml.styles+xml"),
                override("/word/settings.xml", OOXML_CT + "wordprocessingml.settings+xml")));
        parts.put("_rels/.rels", relationships(relationship("rId1", OFFICE_DOCUMENT, "word/document.xml")));
        parts.put("word/_rels/document.xml.rels", relationships(
                relationship("rId1", REL + "styles", "styles.xml"),
                relationship("rId2", REL + "settings", "settings.xml")));
        parts.put("word/document.xml", XML_HEAD
                + "<w:document xmlns:w=\"" + NS_W + "\" xmlns:r=\"" + NS_R + "\"><w:body><w:p/>"
                + "<w:sectPr><w:pgSz w:w=\"" + locale.paper().widthTwips + "\" w:h=\"" + locale.paper().heightTwips
                + "\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\""
                + " w:footer=\"708\" w:gutter=\"0\"/><w:cols w:space=\"708\"/></w:sectPr></w:body></w:document>");
        parts.put("word/styles.xml", XML_HEAD
                + "<w:styles xmlns:w=\"" + NS_W + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"" + locale.latinFont() + "\" w:hAnsi=\"" + locale.latinFont()
                + "\" w:eastAsia=\"" + locale.eastAsianFont() + "\" w:cs=\"" + locale.latinFont() + "\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
                + "<w:lang w:val=\"" + locale.languageTag() + "\" w:eastAsia=\"" + locale.languageTag()
                + "\" w:bidi=\"" + locale.languageTag() + "\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr>"
                + "</w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style>"
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                + "<w:unhideWhenUsed/></w:style></w:styles>");
        parts.put("word/settings.xml", XML_HEAD
                + "<w:settings xmlns:w=\"" + NS_W + "\"><w:defaultTabStop w:val=\"708\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
                + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat></w:settings>");
        return zip(parts);
    }

    // ---- Spreadsheet ----------------------------------------------------------------------------------------

    static byte[] xlsx(DocumentLocale locale) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes(
                override("/xl/workbook.xml", OOXML_CT + "spreadsheetml.sheet.main+xml"),
                override("/xl/worksheets/sheet1.xml", OOXML_CT + "spreadsheetml.worksheet+xml"),
                override("/xl/styles.xml", OOXML_CT + "spreadsheetml.styles+xml"),
                override("/xl/theme/theme1.xml", OOXML_CT + "theme+xml")));
        parts.put("_rels/.rels", relationships(relationship("rId1", OFFICE_DOCUMENT, "xl/workbook.xml")));
        parts.put("xl/_rels/workbook.xml.rels", relationships(
                relationship("rId1", REL + "worksheet", "worksheets/sheet1.xml"),
                relationship("rId2", REL + "styles", "styles.xml"),
                relationship("rId3", REL + "theme", "theme/theme1.xml")));
        parts.put("xl/workbook.xml", XML_HEAD
                + "<workbook xmlns=\"" + NS_S + "\" xmlns:r=\"" + NS_R + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/worksheets/sheet1.xml", XML_HEAD
                + "<worksheet xmlns=\"" + NS_S + "\" xmlns:r=\"" + NS_R + "\"><dimension ref=\"A1\"/>"
                + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><sheetData/>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"" + locale.paper().spreadsheetCode + "\"/>"
                + "</worksheet>");
        parts.put("xl/styles.xml", XML_HEAD
                + "<styleSheet xmlns=\"" + NS_S + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\""
                + (locale.hasScriptFont() ? locale.mainFont() : "Calibri") + "\"/>"
                + "<family val=\"2\"/>" + (locale.hasScriptFont() ? "" : "<scheme val=\"minor\"/>") + "</font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>");
        parts.put("xl/theme/theme1.xml", theme(locale));
        return zip(parts);
    }

    // ---- Presentation ---------------------------------------------------------------------------------------

    static byte[] pptx(DocumentLocale locale) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes(
                override("/ppt/presentation.xml", OOXML_CT + "presentationml.presentation.main+xml"),
                override("/ppt/slideMasters/slideMaster1.xml", OOXML_CT + "presentationml.slideMaster+xml"),
                override("/ppt/slideLayouts/slideLayout1.xml", OOXML_CT + "presentationml.slideLayout+xml"),
                override("/ppt/slides/slide1.xml", OOXML_CT + "presentationml.slide+xml"),
                override("/ppt/theme/theme1.xml", OOXML_CT + "theme+xml")));
        parts.put("_rels/.rels", relationships(relationship("rId1", OFFICE_DOCUMENT, "ppt/presentation.xml")));
        parts.put("ppt/_rels/presentation.xml.rels", relationships(
                relationship("rId1", REL + "slideMaster", "slideMasters/slideMaster1.xml"),
                relationship("rId2", REL + "slide", "slides/slide1.xml"),
                relationship("rId3", REL + "theme", "theme/theme1.xml")));
        parts.put("ppt/presentation.xml", XML_HEAD
                + "<p:presentation xmlns:a=\"" + NS_A + "\" xmlns:r=\"" + NS_R + "\" xmlns:p=\"" + NS_P + "\">"
                + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                + "<p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/></p:sldIdLst>"
                + "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
                + "<p:defaultTextStyle>" + textLevel("a:lvl1pPr", 1800) + "</p:defaultTextStyle>"
                + "</p:presentation>");
        parts.put("ppt/slideMasters/_rels/slideMaster1.xml.rels", relationships(
                relationship("rId1", REL + "slideLayout", "../slideLayouts/slideLayout1.xml"),
                relationship("rId2", REL + "theme", "../theme/theme1.xml")));
        parts.put("ppt/slideMasters/slideMaster1.xml", XML_HEAD
                + "<p:sldMaster xmlns:a=\"" + NS_A + "\" xmlns:r=\"" + NS_R + "\" xmlns:p=\"" + NS_P + "\">"
                + "<p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>"
                + groupShapeHeader()
                + placeholder(2, "Title Placeholder 1", "title", null, 838200, 365125, 10515600, 1325563, true)
                + placeholder(3, "Text Placeholder 2", "body", "1", 838200, 1825625, 10515600, 4351338, true)
                + "</p:spTree></p:cSld>"
                + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\""
                + " accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\""
                + " folHlink=\"folHlink\"/>"
                + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
                + "<p:txStyles><p:titleStyle>" + textLevel("a:lvl1pPr", 4400) + "</p:titleStyle>"
                + "<p:bodyStyle>" + textLevel("a:lvl1pPr", 2800) + "</p:bodyStyle>"
                + "<p:otherStyle>" + textLevel("a:lvl1pPr", 1800) + "</p:otherStyle></p:txStyles>"
                + "</p:sldMaster>");
        parts.put("ppt/slideLayouts/_rels/slideLayout1.xml.rels", relationships(
                relationship("rId1", REL + "slideMaster", "../slideMasters/slideMaster1.xml")));
        parts.put("ppt/slideLayouts/slideLayout1.xml", XML_HEAD
                + "<p:sldLayout xmlns:a=\"" + NS_A + "\" xmlns:r=\"" + NS_R + "\" xmlns:p=\"" + NS_P + "\""
                + " type=\"title\" preserve=\"1\"><p:cSld name=\"Title Slide\"><p:spTree>"
                + groupShapeHeader()
                + placeholder(2, "Title 1", "ctrTitle", null, 1524000, 1122363, 9144000, 2387600, true)
                + placeholder(3, "Subtitle 2", "subTitle", "1", 1524000, 3602038, 9144000, 1655762, true)
                + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>");
        parts.put("ppt/slides/_rels/slide1.xml.rels", relationships(
                relationship("rId1", REL + "slideLayout", "../slideLayouts/slideLayout1.xml")));
        parts.put("ppt/slides/slide1.xml", XML_HEAD
                + "<p:sld xmlns:a=\"" + NS_A + "\" xmlns:r=\"" + NS_R + "\" xmlns:p=\"" + NS_P + "\">"
                + "<p:cSld><p:spTree>" + groupShapeHeader()
                + placeholder(2, "Title 1", "ctrTitle", null, 0, 0, 0, 0, false)
                + placeholder(3, "Subtitle 2", "subTitle", "1", 0, 0, 0, 0, false)
                + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
        parts.put("ppt/theme/theme1.xml", theme(locale));
        // Text typed into the placeholders is proofed in the creator's language.
        parts.replaceAll((name, xml) -> xml.replace("lang=\"en-US\"", "lang=\"" + locale.languageTag() + "\""));
        return zip(parts);
    }

    private static String groupShapeHeader() {
        return "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>"
                + "<a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";
    }

    /** A placeholder shape; on slides ({@code positioned} false) it inherits its place from the layout. */
    private static String placeholder(int id, String name, String type, String index, long x, long y, long cx,
                                      long cy, boolean positioned) {
        String geometry = positioned
                ? "<p:spPr><a:xfrm><a:off x=\"" + x + "\" y=\"" + y + "\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy
                + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
                : "<p:spPr/>";
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"" + name + "\"/>"
                + "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
                + "<p:nvPr><p:ph type=\"" + type + "\"" + (index == null ? "" : " idx=\"" + index + "\"") + "/></p:nvPr>"
                + "</p:nvSpPr>" + geometry
                + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>";
    }

    private static String textLevel(String element, int size) {
        return "<" + element + "><a:defRPr sz=\"" + size + "\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
                + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr>"
                + "</" + element + ">";
    }

    /** A plain theme: the twelve colours, a font pair and the three-entry format lists the schema requires. */
    static String theme(DocumentLocale locale) {
        String ea = locale.hasScriptFont() ? locale.eastAsianFont() : "";
        StringBuilder fills = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        StringBuilder effects = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            fills.append("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>");
            lines.append("<a:ln w=\"").append(6350 * (i + 1)).append("\"><a:solidFill><a:schemeClr val=\"phClr\"/>")
                    .append("</a:solidFill><a:prstDash val=\"solid\"/></a:ln>");
            effects.append("<a:effectStyle><a:effectLst/></a:effectStyle>");
        }
        return XML_HEAD
                + "<a:theme xmlns:a=\"" + NS_A + "\" name=\"Blank\"><a:themeElements>"
                + "<a:clrScheme name=\"Blank\">"
                + "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                + "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>"
                + color("dk2", "44546A") + color("lt2", "E7E6E6") + color("accent1", "4472C4")
                + color("accent2", "ED7D31") + color("accent3", "A5A5A5") + color("accent4", "FFC000")
                + color("accent5", "5B9BD5") + color("accent6", "70AD47") + color("hlink", "0563C1")
                + color("folHlink", "954F72") + "</a:clrScheme>"
                + "<a:fontScheme name=\"Blank\">"
                + "<a:majorFont><a:latin typeface=\"" + locale.latinFont() + "\"/><a:ea typeface=\"" + ea
                + "\"/><a:cs typeface=\"\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"" + locale.latinFont() + "\"/><a:ea typeface=\"" + ea
                + "\"/><a:cs typeface=\"\"/></a:minorFont>"
                + "</a:fontScheme>"
                + "<a:fmtScheme name=\"Blank\"><a:fillStyleLst>" + fills + "</a:fillStyleLst>"
                + "<a:lnStyleLst>" + lines + "</a:lnStyleLst>"
                + "<a:effectStyleLst>" + effects + "</a:effectStyleLst>"
                + "<a:bgFillStyleLst>" + fills + "</a:bgFillStyleLst></a:fmtScheme>"
                + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    }

    private static String color(String name, String rgb) {
        return "<a:" + name + "><a:srgbClr val=\"" + rgb + "\"/></a:" + name + ">";
    }

    // ---- Package helpers ------------------------------------------------------------------------------------

    private static String contentTypes(String... overrides) {
        return XML_HEAD + "<Types xmlns=\"" + NS_CT + "\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + String.join("", overrides) + "</Types>";
    }

    private static String override(String part, String contentType) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
    }

    private static String relationships(String... relationships) {
        return XML_HEAD + "<Relationships xmlns=\"" + NS_PR + "\">" + String.join("", relationships)
                + "</Relationships>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    // ---- PDF form -------------------------------------------------------------------------------------------

    /**
     * One empty page (A4 or Letter) whose catalog carries an interactive form (AcroForm) without fields yet: a PDF that the
     * ONLYOFFICE PDF editor opens and in which form fields can be added.
     */
    static byte[] pdfForm(DocumentLocale locale) {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /DA (/Helv 0 Tf 0 g) /NeedAppearances true >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + locale.paper().pdfSize + "] /Resources << >> /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Producer (ONLYOFFICE Docs for Confluence) >>",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length(); // ISO-8859-1 below: one byte per char
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        long xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Info 5 0 R >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
