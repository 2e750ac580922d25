package app.docsbridge.web;

import app.docsbridge.core.formats.DocumentType;

import java.net.URLEncoder;
import java.util.EnumMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;

/** A tab icon per document type, inline so that the editor page needs no extra request for it. */
final class Favicons {

    /** Made once per type: the editor page needs one on every request. */
    private static final Map<DocumentType, String> URIS = new EnumMap<>(DocumentType.class);

    static {
        for (DocumentType type : DocumentType.values()) {
            URIS.put(type, make(type));
        }
    }

    private Favicons() {
    }

    static String dataUri(DocumentType type) {
        return URIS.get(type);
    }

    private static String make(DocumentType type) {
        String color = switch (type) {
            case WORD -> "#446995";
            case CELL -> "#40865c";
            case SLIDE -> "#aa5252";
            case PDF -> "#c43e3e";
            case DIAGRAM -> "#444796";
        };
        String letter = switch (type) {
            case WORD -> "W";
            case CELL -> "X";
            case SLIDE -> "P";
            case PDF -> "F";
            case DIAGRAM -> "D";
        };
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='6' fill='"
                + color + "'/><text x='16' y='23' font-family='Arial,sans-serif' font-size='20' font-weight='bold' "
                + "text-anchor='middle' fill='#fff'>" + letter + "</text></svg>";
        return "data:image/svg+xml," + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
