package app.docsbridge.core.port;

import java.util.Locale;
import java.util.Optional;

/** Who is asking, and who someone is. */
public interface Users {

    /** The signed-in user of the current request; empty for anonymous visitors. */
    Optional<AppUser> current();

    Optional<AppUser> byKey(String userKey);

    /** The user's profile picture (may be relative to the host), if Confluence has one to show. */
    default Optional<String> avatarUrl(String userKey) {
        return Optional.empty();
    }

    /** The user's language, or the site's default for anonymous visitors ({@code null} key). */
    Locale locale(String userKey);
}
