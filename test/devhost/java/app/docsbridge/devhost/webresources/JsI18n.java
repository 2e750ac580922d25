package app.docsbridge.devhost.webresources;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WRM's jsI18n transformer: each {@code WRM.I18n.getText('key')}, {@code AJS.I18n.getText('key')} or
 * {@code I18n.getText('key')} call whose only argument is a string literal becomes the text's string literal.
 * Calls with other arguments stay as they are (the i18n shim then answers them at run time).
 */
public final class JsI18n {

    public static final String TRANSFORMER_KEY = "jsI18n";

    // Not preceded by an identifier or a dot, so "foo.I18n.getText(...)" is left alone.
    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w$.])(?:(?:WRM|AJS)\\s*\\.\\s*)?I18n\\s*\\.\\s*getText\\s*\\(\\s*"
                    + "(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')\\s*\\)");

    private JsI18n() {
    }

    /** {@code textOf} gives the text for a key; the key itself is used when it gives null. */
    public static String transform(String source, Function<String, String> textOf) {
        Matcher m = CALL.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        while (m.find()) {
            String key = JsStrings.unquote(m.group(1));
            String text = textOf.apply(key);
            m.appendReplacement(out, Matcher.quoteReplacement(JsStrings.literal(text == null ? key : text)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
