package app.docsbridge.core.create;

import java.util.Locale;
import java.util.Set;

/**
 * What a new blank document takes from its creator's locale: the paper size (Letter in the United States and
 * Canada, A4 elsewhere), a default font that covers the language's script, and the language the editors use for
 * proofing.
 */
public record DocumentLocale(Paper paper, String latinFont, String eastAsianFont, String languageTag) {

    /** Paper sizes in twentieths of a point (Word), points (PDF) and SpreadsheetML's paperSize code. */
    public enum Paper {
        A4(11906, 16838, "595.28 841.89", 9),
        LETTER(12240, 15840, "612 792", 1);

        public final int widthTwips;
        public final int heightTwips;
        public final String pdfSize;
        public final int spreadsheetCode;

        Paper(int widthTwips, int heightTwips, String pdfSize, int spreadsheetCode) {
            this.widthTwips = widthTwips;
            this.heightTwips = heightTwips;
            this.pdfSize = pdfSize;
            this.spreadsheetCode = spreadsheetCode;
        }
    }

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");
    private static final String LATIN = "Arial"; // Latin, Greek, Cyrillic, Hebrew and Arabic

    public static DocumentLocale of(Locale locale) {
        Locale l = locale == null ? Locale.ROOT : locale;
        Paper paper = LETTER_COUNTRIES.contains(l.getCountry()) ? Paper.LETTER : Paper.A4;
        String tag = l.getLanguage().isEmpty() ? "en-US" : l.toLanguageTag();
        return new DocumentLocale(paper, LATIN, scriptFont(l), tag);
    }

    /**
     * The font for the language's own script. Names are the defaults of current office suites, which ONLYOFFICE
     * Docs maps to an installed font of the same script when the exact one is missing.
     */
    private static String scriptFont(Locale l) {
        return switch (l.getLanguage()) {
            case "zh" -> traditionalChinese(l) ? "Microsoft JhengHei" : "Microsoft YaHei";
            case "ja" -> "Yu Gothic";
            case "ko" -> "Malgun Gothic";
            case "th" -> "Tahoma";
            case "hi", "mr", "ne", "bn", "ta", "te", "gu", "pa", "kn", "ml" -> "Nirmala UI";
            default -> LATIN;
        };
    }

    private static boolean traditionalChinese(Locale l) {
        return l.getScript().equals("Hant") || Set.of("TW", "HK", "MO").contains(l.getCountry());
    }

    /** Whether the script font differs from the Latin one (Chinese, Japanese, Korean, Thai, Indic). */
    public boolean hasScriptFont() {
        return !eastAsianFont.equals(latinFont);
    }

    /** The font a whole spreadsheet or slide uses by default: the script font where the language needs one. */
    public String mainFont() {
        return eastAsianFont;
    }
}
