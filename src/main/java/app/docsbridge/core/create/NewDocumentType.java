package app.docsbridge.core.create;

import java.util.Locale;
import java.util.Optional;

/** What the "New document" dialog offers; the extension is also the value the browser sends. */
public enum NewDocumentType {
    DOCUMENT("docx"), SPREADSHEET("xlsx"), PRESENTATION("pptx"), PDF_FORM("pdf");

    private final String extension;

    NewDocumentType(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code docx}, {@code xlsx}, {@code pptx} or {@code pdf}. */
    public static Optional<NewDocumentType> fromExtension(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (NewDocumentType type : values()) {
            if (type.extension.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
