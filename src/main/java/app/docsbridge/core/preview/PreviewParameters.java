package app.docsbridge.core.preview;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The macro's parameters, read as leniently as Confluence writes them: the file under {@code name} (or the
 * unnamed default parameter, which Confluence passes as {@code "0"} or {@code ""}), sizes as {@code 600},
 * {@code 600px} or {@code 80%}; anything else in a size is ignored (it would otherwise end up in a style attribute).
 */
public record PreviewParameters(String fileName, Optional<PageReference> page, Optional<String> width,
                                Optional<String> height, boolean showEditButton) {

    public static final String NAME = "name";
    public static final String PAGE = "page";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String SHOW_EDIT = "edit";

    private static final Pattern SIZE = Pattern.compile("^(\\d{1,5})(px|%)?$");

    public static PreviewParameters parse(Map<String, String> params) {
        String name = first(params, NAME, "0", "", "filename");
        return new PreviewParameters(name == null ? "" : name.trim(), PageReference.parse(params.get(PAGE)),
                size(params.get(WIDTH)), size(params.get(HEIGHT)),
                "true".equalsIgnoreCase(String.valueOf(params.get(SHOW_EDIT)).trim()));
    }

    /** A CSS length, or empty when the value is missing or not a plain size. */
    static Optional<String> size(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var m = SIZE.matcher(raw.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            return Optional.empty();
        }
        if ("%".equals(m.group(2)) && Integer.parseInt(m.group(1)) > 100) {
            return Optional.of("100%");
        }
        return Optional.of(m.group(1) + (m.group(2) == null ? "px" : m.group(2)));
    }

    private static String first(Map<String, String> params, String... names) {
        for (String n : names) {
            String value = params.get(n);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
