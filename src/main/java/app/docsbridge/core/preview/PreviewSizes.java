package app.docsbridge.core.preview;

import app.docsbridge.core.formats.DocumentType;

/** Default viewer heights by document type (the width defaults to the page's width): a page, a sheet, a slide. */
final class PreviewSizes {

    private PreviewSizes() {
    }

    static String defaultHeight(DocumentType type) {
        return switch (type) {
            case WORD, PDF -> "760px";
            case CELL -> "560px";
            case SLIDE -> "520px";
            case DIAGRAM -> "600px";
        };
    }
}
