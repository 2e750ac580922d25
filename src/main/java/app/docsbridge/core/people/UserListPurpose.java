package app.docsbridge.core.people;

import java.util.Locale;
import java.util.Optional;

/**
 * Why the editor asks for users ({@code onRequestUsers} {@code data.c}, ../shared/reference/docs-api.md §2.4): people
 * to mention in a comment, people who may edit a protected range, or names and pictures of users the document
 * names (comment authors, co-editors).
 */
public enum UserListPurpose {
    MENTION,
    PROTECT,
    INFO;

    public static Optional<UserListPurpose> of(String c) {
        if (c == null) {
            return Optional.empty();
        }
        return switch (c.toLowerCase(Locale.ROOT)) {
            case "mention" -> Optional.of(MENTION);
            case "protect" -> Optional.of(PROTECT);
            case "info" -> Optional.of(INFO);
            default -> Optional.empty();
        };
    }

    public String command() {
        return name().toLowerCase(Locale.ROOT);
    }
}
