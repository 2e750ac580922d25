package app.docsbridge.core.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks settings sent by the Configure page against the schema and turns them into their stored form. Nothing is
 * stored unless every field is valid; each problem is reported at its field as an i18n key.
 */
public final class SettingsValidator {

    /** The outcome: stored form of every valid field, and an i18n message key per invalid one. */
    public record Result(Map<String, String> values, Map<String, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";
    /** 10 GiB: far above any Docs server's limit, low enough that the byte count cannot overflow. */
    public static final long MAX_RESULT_MB = 10240;

    private SettingsValidator() {
    }

    /** Validates the fields present in {@code input}; unknown names are errors, absent ones keep their value. */
    public static Result validate(Map<String, Object> input) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        input.forEach((name, raw) -> {
            SettingsSchema.Setting setting = SettingsSchema.all().get(name);
            if (setting == null || setting.type().equals("secret")) {
                errors.put(name, "docsbridge.validation.unknown");
                return;
            }
            try {
                values.put(name, normalize(setting, raw));
            } catch (InvalidValue e) {
                errors.put(name, e.getMessage());
            }
        });
        return new Result(values, errors);
    }

    /** A JWT secret: any text without surrounding white space, at least 8 characters, at most 256. */
    public static String secret(String raw) throws InvalidValue {
        String value = raw == null ? "" : raw.trim();
        if (value.length() < 8 || value.length() > 256) {
            throw new InvalidValue("docsbridge.validation.secret");
        }
        return value;
    }

    private static String normalize(SettingsSchema.Setting setting, Object raw) throws InvalidValue {
        return switch (setting.type()) {
            case "url" -> url(raw, !setting.name().equals("docsUrl"));
            case "header" -> header(raw);
            case "boolean" -> bool(raw);
            case "formats" -> formats(raw, setting.choices());
            case "choice" -> choice(raw, setting.choices());
            case "megabytes" -> megabytes(raw);
            default -> throw new InvalidValue("docsbridge.validation.unknown");
        };
    }

    /** Absolute http(s) URL without credentials, query or fragment; stored without a trailing slash. */
    static String url(Object raw, boolean optional) throws InvalidValue {
        String value = raw instanceof String s ? s.trim() : "";
        if (value.isEmpty()) {
            if (optional) {
                return "";
            }
            throw new InvalidValue("docsbridge.validation.urlRequired");
        }
        URI uri;
        try {
            uri = new URI(value).normalize();
        } catch (URISyntaxException e) {
            throw new InvalidValue("docsbridge.validation.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getPort() > 65535
                || uri.getPort() == 0) {
            throw new InvalidValue("docsbridge.validation.url");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
    }

    static String header(Object raw) throws InvalidValue {
        String value = raw instanceof String s ? s.trim() : "";
        if (value.isEmpty() || value.length() > 64) {
            throw new InvalidValue("docsbridge.validation.header");
        }
        for (char c : value.toCharArray()) {
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_CHARS.indexOf(c) >= 0;
            if (!token) {
                throw new InvalidValue("docsbridge.validation.header");
            }
        }
        return value;
    }

    private static String bool(Object raw) throws InvalidValue {
        if (raw instanceof Boolean b) {
            return b.toString();
        }
        throw new InvalidValue("docsbridge.validation.boolean");
    }

    private static String formats(Object raw, List<String> choices) throws InvalidValue {
        if (!(raw instanceof Collection<?> list)) {
            throw new InvalidValue("docsbridge.validation.formats");
        }
        List<String> chosen = new ArrayList<>();
        for (Object item : list) {
            String value = item instanceof String s ? s.trim().toLowerCase(Locale.ROOT) : "";
            if (!choices.contains(value)) {
                throw new InvalidValue("docsbridge.validation.formats");
            }
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return String.join(",", chosen);
    }

    /** A whole number of MiB from 1 to {@link #MAX_RESULT_MB}, given as a JSON number or a string of digits. */
    static String megabytes(Object raw) throws InvalidValue {
        String text = raw instanceof Number n ? n.toString() : raw instanceof String s ? s.trim() : "";
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValue("docsbridge.validation.megabytes");
        }
        long value = Long.parseLong(text);
        if (value < 1 || value > MAX_RESULT_MB) {
            throw new InvalidValue("docsbridge.validation.megabytes");
        }
        return Long.toString(value);
    }

    private static String choice(Object raw, List<String> choices) throws InvalidValue {
        if (raw instanceof String s && choices.contains(s)) {
            return s;
        }
        throw new InvalidValue("docsbridge.validation.choice");
    }

    /** A value that is not acceptable; the message is an i18n key. */
    public static final class InvalidValue extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidValue(String messageKey) {
            super(messageKey);
        }
    }
}
