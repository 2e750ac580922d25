package app.docsbridge.core.activity;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * "{@code base} by Alice Able and Bob Builder" (one name: "by Alice Able"; none: {@code base}), with "and N
     * others" when the names do not fit in {@code room} characters.
     */
    public static String comment(String base, List<String> userKeys, Users users, int room) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : userKeys) {
            names.putIfAbsent(key, users.byKey(key).map(AppUser::displayName).orElse(null));
        }
        List<String> known = names.values().stream().filter(n -> n != null && !n.isBlank()).toList();
        if (known.isEmpty()) {
            return base.length() <= room ? base : base.substring(0, room);
        }
        for (int shown = known.size(); shown >= 1; shown--) {
            String text = base + " by " + list(known.subList(0, shown), known.size() - shown);
            if (text.length() <= room) {
                return text;
            }
        }
        String text = base + " by " + known.size() + " people";
        return text.length() <= room ? text : base.substring(0, Math.min(base.length(), room));
    }

    private static String list(List<String> names, int others) {
        List<String> parts = new ArrayList<>(names);
        if (others > 0) {
            parts.add(others + (others == 1 ? " other" : " others"));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
