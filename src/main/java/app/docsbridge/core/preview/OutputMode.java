package app.docsbridge.core.preview;

import java.util.Locale;

/**
 * What Confluence renders the macro for, from {@code ConversionContext.getOutputType()} (Confluence 8.7.2
 * ConversionContextOutputType: preview, display, word, pdf, html_export, feed, email, diff). Only a browser showing
 * the page (view, blog post, page history, editor preview) can run the viewer; everything else gets a link.
 */
public enum OutputMode {
    /** Page view, blog post, history. */
    DISPLAY,
    /** The editor's preview and other previews: the viewer, without the Edit button. */
    PREVIEW,
    /** PDF/Word/HTML export, e-mail, feeds, diffs: no scripts run there. */
    LINK;

    public static OutputMode of(String outputType) {
        String type = outputType == null ? "display" : outputType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "display", "" -> DISPLAY;
            case "preview" -> PREVIEW;
            default -> LINK;
        };
    }

    public boolean interactive() {
        return this != LINK;
    }
}
