package app.docsbridge.devhost.seed;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One small file of each document type, generated so the repository holds no binary blobs. */
public final class SampleFiles {

    /** A file name that is an XSS attempt: every page must print it escaped. */
    public static final String XSS_NAME = "<img src=x onerror=alert(1)>.docx";

    private SampleFiles() {
    }

    public static Map<String, byte[]> all() {
        byte[] report = OoxmlSamples.docx("Quarterly report", "This document was created by the dev host.");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Report.docx", report);
        files.put("Budget.xlsx", OoxmlSamples.xlsx("Budget", new String[][] {
                {"Item", "Amount"}, {"Servers", "1200"}, {"Licences", "800"}}));
        files.put("Slides.pptx", OoxmlSamples.pptx("Project kick-off"));
        files.put("Form.pdf", OtherSamples.pdf("Application form"));
        files.put("Letter.odt", OtherSamples.odt("Dear reader,", "this is an OpenDocument letter."));
        // Not a real Word 97 file: only its extension matters to the app and the simulator.
        files.put("Legacy.doc", text("Legacy .doc placeholder (not a real Word 97 binary file)\n"));
        files.put("Diagram.vsdx", OtherSamples.vsdx());
        files.put("Notes.txt", text("Meeting notes\n- agree on the plan\n- book the room\n"));
        files.put("Data.csv", text("name,amount\nalpha,1\nbeta,2\n"));
        files.put(XSS_NAME, report.clone());
        return files;
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
