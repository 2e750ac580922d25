package app.docsbridge.devhost.seed;

import java.nio.charset.StandardCharsets;

/** A minimal PDF (with a correct cross-reference table), an ODF text document and a Visio-like package. */
final class OtherSamples {

    private OtherSamples() {
    }

    static byte[] pdf(String text) {
        String stream = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length(); // ASCII only, so characters are bytes
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] odt(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(p).append("</text:p>");
        }
        String mime = "application/vnd.oasis.opendocument.text";
        return new ZipBuilder()
                .addStored("mimetype", mime)
                .add("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mime + "\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>")
                .add("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>")
                .build();
    }

    /** Only the package skeleton of a Visio drawing: enough for format detection, not for Visio itself. */
    static byte[] vsdx() {
        String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        return new ZipBuilder()
                .add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/visio/document.xml\" ContentType=\"application/vnd.ms-visio.drawing.main+xml\"/></Types>")
                .add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + rels + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.microsoft.com/visio/2010/relationships/document\""
                        + " Target=\"visio/document.xml\"/></Relationships>")
                .add("visio/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<VisioDocument xmlns=\"http://schemas.microsoft.com/office/visio/2012/main\"/>")
                .build();
    }
}
