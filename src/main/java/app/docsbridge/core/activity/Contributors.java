package app.docsbridge.core.activity;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who made a saved version: everyone named in the status-2 callback's {@code history.changes}, and when the Docs
 * server dropped the history (it does so when the token gets too long), everyone who was editing during the
 * session. Names come from Confluence's directory, not from the callback.
 */
public final class Contributors {

    /** Confluence's limit for an attachment version comment. */
    public static final int MAX_COMMENT = 255;

    private Contributors() {
    }

    /** User keys, in the order they first changed the document; {@code lastChanger} last if not named before. */
    public static List<String> keys(Map<String, Object> payload, List<String> sessionEditors, String lastChanger) {
        Set<String> keys = new LinkedHashSet<>();
        if (payload.get("history") instanceof Map<?, ?> history && history.get("changes") instanceof List<?> changes) {
            for (Object change : changes) {
                if (change instanceof Map<?, ?> c && c.get("user") instanceof Map<?, ?> user
                        && user.get("id") instanceof String id && !id.isEmpty()) {
                    keys.add(id);
                }
            }
        }
        if (keys.isEmpty()) {
            keys.addAll(sessionEditors);
        }
        if (lastChanger != null) {
            keys.add(lastChanger);
        }
        return new ArrayList<>(keys);
    }

    /** The words of a version comment in one language (i18n keys docsbridge.version.comment*). */
    public record Wording(String base, String by, String and, String separator, String others, String people) {

        /** English, as in the i18n base file; tests and callers without a language. */
        public static final Wording ENGLISH = new Wording("Edited in ONLYOFFICE", "{0} by {1}", "{0} and {1}", ", ",
                "{0} more", "{0} people");

        /** The site's language: a version comment is read by everyone who looks at the attachment's history. */
        public static Wording of(Messages messages, Locale locale) {
            return new Wording(messages.text(locale, "docsbridge.version.comment"),
                    messages.text(locale, "docsbridge.version.comment.by", "{0}", "{1}"),
                    messages.text(locale, "docsbridge.version.comment.and", "{0}", "{1}"),
                    messages.text(locale, "docsbridge.version.comment.separator"),
                    messages.text(locale, "docsbridge.version.comment.others", "{0}"),
                    messages.text(locale, "docsbridge.version.comment.people", "{0}"));
        }

        String fill(String pattern, Object... args) {
            String out = pattern;
            for (int i = 0; i < args.length; i++) {
                out = out.replace("{" + i + "}", String.valueOf(args[i]));
            }
            return out;
        }
    }

    /**
     * "{@code base} by Alice Able and Bob Builder" (one name: "by Alice Able"; none: {@code base}), with "and N
     * others" when the names do not fit in {@code room} characters.
     */
    public static String comment(String base, List<String> userKeys, Users users, int room) {
        Wording english = Wording.ENGLISH;
        return comment(new Wording(base, english.by(), english.and(), english.separator(), english.others(),
                english.people()), userKeys, users, room);
    }

    /** The same in the words of one language. */
    public static String comment(Wording words, List<String> userKeys, Users users, int room) {
        String base = words.base();
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : userKeys) {
            names.putIfAbsent(key, users.byKey(key).map(AppUser::displayName).orElse(null));
        }
        List<String> known = names.values().stream().filter(n -> n != null && !n.isBlank()).toList();
        if (known.isEmpty()) {
            return truncate(base, room);
        }
        for (int shown = known.size(); shown >= 1; shown--) {
            String text = words.fill(words.by(), base, list(words, known.subList(0, shown), known.size() - shown));
            if (text.length() <= room) {
                return text;
            }
        }
        String text = words.fill(words.by(), base, words.fill(words.people(), known.size()));
        return text.length() <= room ? text : truncate(base, room);
    }

    /** At most {@code max} characters, without cutting a surrogate pair in half. */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String list(Wording words, List<String> names, int others) {
        List<String> parts = new ArrayList<>(names);
        if (others > 0) {
            parts.add(words.fill(words.others(), others));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return words.fill(words.and(), String.join(words.separator(), parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }
}
