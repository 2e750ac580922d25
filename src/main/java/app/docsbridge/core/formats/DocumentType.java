package app.docsbridge.core.formats;

import java.util.Locale;

/** The editor families of ONLYOFFICE Docs; the lower-case name is the config's {@code documentType}. */
public enum DocumentType {
    WORD, CELL, SLIDE, PDF, DIAGRAM;

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Office Open XML extension documents of this type convert to; PDF and diagrams have none of their own. */
    public String ooxmlExtension() {
        return switch (this) {
            case WORD -> "docx";
            case CELL -> "xlsx";
            case SLIDE -> "pptx";
            case PDF -> "pdf";
            case DIAGRAM -> "vsdx";
        };
    }
}
