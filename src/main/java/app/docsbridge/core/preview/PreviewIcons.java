package app.docsbridge.core.preview;

import app.docsbridge.core.formats.DocumentType;

/** A small file-type badge in the editors' colours, drawn with inline CSS (no image request per macro). */
final class PreviewIcons {

    private PreviewIcons() {
    }

    static String icon(DocumentType type) {
        String[] look = switch (type) {
            case WORD -> new String[] {"#446995", "W"};
            case CELL -> new String[] {"#40865c", "X"};
            case SLIDE -> new String[] {"#aa5252", "P"};
            case PDF -> new String[] {"#aa5252", "PDF"};
            case DIAGRAM -> new String[] {"#444796", "D"};
        };
        return "<span class=\"docsbridge-preview__icon\" aria-hidden=\"true\" style=\"flex:none;display:inline-flex;"
                + "align-items:center;justify-content:center;width:32px;height:40px;border-radius:3px;background:"
                + look[0] + ";color:#fff;font:bold 11px sans-serif\">" + look[1] + "</span>";
    }
}
