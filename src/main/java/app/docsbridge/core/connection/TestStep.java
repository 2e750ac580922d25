package app.docsbridge.core.connection;

import java.util.List;

/**
 * One step of the connection test: passed or not, and a message (an i18n key with arguments) that says what was
 * found and what to do. {@code version} is the Docs server's version when the command step learnt it; {@code field}
 * names the setting to fix when a failed step points at one (null when it does not, e.g. clocks out of sync).
 */
public record TestStep(String id, boolean ok, boolean skipped, String messageKey, List<String> args, String version,
                       String field) {

    static TestStep pass(String id, String messageKey, String... args) {
        return new TestStep(id, true, false, messageKey, List.of(args), null, null);
    }

    static TestStep fail(String id, String messageKey, String... args) {
        return new TestStep(id, false, false, messageKey, List.of(args), null, null);
    }

    static TestStep skip(String id, String messageKey) {
        return new TestStep(id, false, true, messageKey, List.of(), null, null);
    }

    TestStep withVersion(String value) {
        return new TestStep(id, ok, skipped, messageKey, args, value, field);
    }

    /** The setting the administrator should change to make this failed step pass. */
    TestStep at(String setting) {
        return new TestStep(id, ok, skipped, messageKey, args, version, setting);
    }
}
