package app.docsbridge.devhost.seed;

/**
 * Minimal but valid Office Open XML packages ([Content_Types].xml, _rels/.rels, the main part and its rels),
 * enough for ONLYOFFICE and the simulator to open.
 */
final class OoxmlSamples {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE_DOCUMENT = DOC_RELS + "/officeDocument";

    private OoxmlSamples() {
    }

    static byte[] docx(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
        }
        return new ZipBuilder()
                .add("[Content_Types].xml", contentTypes(
                        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"))
                .add("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "\" Target=\"word/document.xml\"/>"))
                .add("word/document.xml", XML + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
                .add("word/_rels/document.xml.rels", rels(""))
                .build();
    }

    static byte[] xlsx(String sheetName, String[][] rows) {
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            data.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                String value = rows[r][c];
                if (value.matches("-?\\d+(\\.\\d+)?")) {
                    data.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
                } else {
                    data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(value).append("</t></is></c>");
                }
            }
            data.append("</row>");
        }
        return new ZipBuilder()
                .add("[Content_Types].xml", contentTypes(
                        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                .add("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "\" Target=\"xl/workbook.xml\"/>"))
                .add("xl/workbook.xml", XML + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" + DOC_RELS + "\">"
                        + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .add("xl/_rels/workbook.xml.rels", rels(
                        "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"))
                .add("xl/worksheets/sheet1.xml", XML + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData>" + data + "</sheetData></worksheet>")
                .build();
    }

    /** A presentation needs a slide master, a layout and a theme besides the slide itself. */
    static byte[] pptx(String title) {
        String p = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"" + DOC_RELS
                + "\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
        String emptyTree = "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                + "<p:grpSpPr/></p:spTree></p:cSld>";
        String titleShape = "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
                + "<p:spPr><a:xfrm><a:off x=\"838200\" y=\"2130425\"/><a:ext cx=\"10515600\" cy=\"1470025\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
                + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"en-US\" sz=\"4400\"/><a:t>" + title
                + "</a:t></a:r></a:p></p:txBody></p:sp>";
        String slideTree = "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                + "<p:grpSpPr/>" + titleShape + "</p:spTree></p:cSld>";
        String ct = "application/vnd.openxmlformats-officedocument.";
        return new ZipBuilder()
                .add("[Content_Types].xml", contentTypes(
                        "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"" + ct + "presentationml.presentation.main+xml\"/>"
                                + "<Override PartName=\"/ppt/slides/slide1.xml\" ContentType=\"" + ct + "presentationml.slide+xml\"/>"
                                + "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"" + ct + "presentationml.slideLayout+xml\"/>"
                                + "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"" + ct + "presentationml.slideMaster+xml\"/>"
                                + "<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"" + ct + "theme+xml\"/>"))
                .add("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "\" Target=\"ppt/presentation.xml\"/>"))
                .add("ppt/presentation.xml", XML + "<p:presentation " + p + ">"
                        + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                        + "<p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/></p:sldIdLst>"
                        + "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>")
                .add("ppt/_rels/presentation.xml.rels", rels(
                        "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/slideMaster\" Target=\"slideMasters/slideMaster1.xml\"/>"
                                + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/slide\" Target=\"slides/slide1.xml\"/>"
                                + "<Relationship Id=\"rId3\" Type=\"" + DOC_RELS + "/theme\" Target=\"theme/theme1.xml\"/>"))
                .add("ppt/slides/slide1.xml", XML + "<p:sld " + p + ">" + slideTree + "</p:sld>")
                .add("ppt/slides/_rels/slide1.xml.rels", rels(
                        "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>"))
                .add("ppt/slideLayouts/slideLayout1.xml", XML + "<p:sldLayout " + p + " type=\"blank\">" + emptyTree + "</p:sldLayout>")
                .add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels(
                        "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/slideMaster\" Target=\"../slideMasters/slideMaster1.xml\"/>"))
                .add("ppt/slideMasters/slideMaster1.xml", XML + "<p:sldMaster " + p + ">" + emptyTree
                        + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\""
                        + " accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
                        + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst></p:sldMaster>")
                .add("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
                        "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>"
                                + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/theme\" Target=\"../theme/theme1.xml\"/>"))
                .add("ppt/theme/theme1.xml", Theme.xml())
                .build();
    }

    private static String contentTypes(String overrides) {
        return XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>";
    }

    private static String rels(String relationships) {
        return XML + "<Relationships xmlns=\"" + PKG_RELS + "\">" + relationships + "</Relationships>";
    }
}
