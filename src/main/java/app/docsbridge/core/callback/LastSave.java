package app.docsbridge.core.callback;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The callback's {@code lastsave} (ISO 8601, docs-api §4.2): compared as instants, text as a fallback. */
final class LastSave {

    private LastSave() {
    }

    static int compare(String a, String b) {
        Instant x = parse(a);
        Instant y = parse(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return (a == null ? "" : a).compareTo(b == null ? "" : b);
    }

    static Instant parse(String value) {
        try {
            return value == null || value.isEmpty() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** At most 40 characters: a property value must fit 255 characters whatever the Docs server sent. */
    static String bounded(String value) {
        String v = value == null ? "" : value.replace(' ', '_');
        return v.length() <= 40 ? v : v.substring(0, 40);
    }
}
