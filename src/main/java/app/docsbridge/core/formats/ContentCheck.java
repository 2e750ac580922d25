package app.docsbridge.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Does a file look like its extension says? A container or magic-number check, enough to tell a document from an
 * HTML error page, a truncated download or another format: OOXML and OPC packages are zips with
 * {@code [Content_Types].xml}, OpenDocument (and EPUB, OpenOffice 1) zips with a {@code mimetype} entry, PDF starts
 * with {@code %PDF-}, legacy Office files are OLE compound files, RTF starts with <code>{\rtf</code>, and text formats
 * hold no NUL bytes. Formats without a known signature pass.
 */
public final class ContentCheck {

    private static final Set<String> OPC = Set.of("docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm",
            "xlsb", "pptx", "pptm", "potx", "potm", "ppsx", "ppsm", "vsdx", "vsdm", "vssx", "vssm", "vstx", "vstm",
            "xps", "oxps");
    private static final Set<String> ODF = Set.of("odt", "ott", "ods", "ots", "odp", "otp", "odg", "otg", "epub",
            "sxw", "stw", "sxc", "sxi");
    private static final Set<String> OLE = Set.of("doc", "dot", "xls", "xlt", "ppt", "pot", "pps");
    private static final Set<String> TEXT = Set.of("txt", "csv", "tsv", "md", "html", "htm", "xml", "fb2", "mht",
            "mhtml");
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};
    private static final int HEAD = 8192;

    private ContentCheck() {
    }

    /**
     * What is wrong with a file. {@code passing}: the signs of something failing between the app and the Docs server
     * (an HTML page from a proxy, nothing, a truncated or damaged zip) rather than of a file in another format, so
     * that fetching it again may well succeed.
     */
    public record Problem(String description, boolean passing) {
    }

    /** Empty when {@code file} may be a {@code extension} file; otherwise what is wrong, for the administrator. */
    public static Optional<Problem> problem(String extension, Path file) throws IOException {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (OPC.contains(ext)) {
            return zipWith(file, head, "[Content_Types].xml", ext);
        }
        if (ODF.contains(ext)) {
            return zipWith(file, head, "mimetype", ext);
        }
        if (ext.equals("pdf")) {
            return indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0 ? Optional.empty()
                    : of("not a PDF file", head);
        }
        if (OLE.contains(ext)) {
            return startsWith(head, OLE_MAGIC) ? Optional.empty()
                    : of("not a legacy Office (OLE) file", head);
        }
        if (ext.equals("rtf")) {
            return startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII)) ? Optional.empty()
                    : of("not an RTF file", head);
        }
        if (ext.equals("djvu")) {
            return startsWith(head, "AT&TFORM".getBytes(StandardCharsets.US_ASCII)) ? Optional.empty()
                    : of("not a DjVu file", head);
        }
        if (TEXT.contains(ext) && !unicodeBom(head) && indexOf(head, new byte[] {0}, head.length) >= 0) {
            return Optional.of(new Problem("binary data where a ." + ext + " text file was expected", false));
        }
        return Optional.empty();
    }

    private static Optional<Problem> zipWith(Path file, byte[] head, String entry, String ext) {
        if (!startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return of("not a ." + ext + " file (no zip container)", head);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(entry) != null ? Optional.empty()
                    : Optional.of(new Problem("not a ." + ext + " file (the zip has no " + entry + ")", false));
        } catch (IOException e) {
            // A cut-off transfer leaves a zip without its central directory.
            return Optional.of(new Problem("not a ." + ext + " file (damaged zip: " + e.getMessage() + ")", true));
        }
    }

    /** The problem, with a hint for the administrator when the bytes are recognisably an error page or nothing. */
    private static Optional<Problem> of(String description, byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1).trim()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body")) {
            return Optional.of(new Problem(description + "; it is an HTML page", true));
        }
        if (head.length == 0) {
            return Optional.of(new Problem(description + "; it is empty", true));
        }
        return Optional.of(new Problem(description, false));
    }

    private static boolean unicodeBom(byte[] head) {
        return startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(head, new byte[] {(byte) 0xFE,
            (byte) 0xFF});
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle, int within) {
        int end = Math.min(data.length, within) - needle.length;
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
