package app.docsbridge.core.editor;

import java.util.Locale;

/** Maps a Confluence locale to the editor's {@code lang} and {@code region} values. */
public final class EditorLanguage {

    private EditorLanguage() {
    }

    /** Two-letter codes, except the variants the editors ship separately (pt-PT, zh-TW, sr-Cyrl). */
    public static String lang(Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return "en";
        }
        if (language.equals("pt") && locale.getCountry().equals("PT")) {
            return "pt-PT";
        }
        if (language.equals("zh") && (locale.getCountry().equals("TW") || locale.getScript().equals("Hant"))) {
            return "zh-TW";
        }
        if (language.equals("sr") && locale.getScript().equals("Cyrl")) {
            return "sr-Cyrl";
        }
        return language;
    }

    /** Number and date formats follow the full locale, e.g. {@code de-AT}; null when the locale names no country. */
    public static String region(Locale locale) {
        return locale.getCountry().isEmpty() ? null : locale.getLanguage() + "-" + locale.getCountry();
    }
}
