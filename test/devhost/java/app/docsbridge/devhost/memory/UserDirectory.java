package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AppUser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev host's fixed users. Keys are opaque and differ from usernames, as Confluence user keys do, so code that
 * mixes them up fails here too.
 */
public final class UserDirectory {

    private static final List<DevUser> USERS = List.of(
            user("8a7f0001000000000000000000000001", "admin", "Admin", true, true),
            user("8a7f0001000000000000000000000002", "alice", "Alice Able", true, false),
            user("8a7f0001000000000000000000000003", "bob", "Bob Baker", true, false),
            user("8a7f0001000000000000000000000004", "carol", "Carol Cole", false, false),
            // Signed in, but without a Confluence licence (e.g. removed from confluence-users): Confluence refuses
            // them every servlet that is not annotated for unlicensed or anonymous access.
            new DevUser(new AppUser("8a7f0001000000000000000000000005", "dave", "Dave Dunn"), false, false, false,
                    Locale.ENGLISH));

    private static DevUser user(String key, String username, String name, boolean canEdit, boolean admin) {
        return new DevUser(new AppUser(key, username, name), canEdit, admin, true, Locale.ENGLISH);
    }

    /** Each user's language, as set in their Confluence profile (English until changed). */
    private final Map<String, Locale> locales = new ConcurrentHashMap<>();

    public List<DevUser> all() {
        return USERS.stream().map(this::withLocale).toList();
    }

    public Optional<DevUser> byUsername(String username) {
        return USERS.stream().filter(u -> u.username().equals(username)).findFirst().map(this::withLocale);
    }

    public Optional<DevUser> byKey(String key) {
        return USERS.stream().filter(u -> u.key().equals(key)).findFirst().map(this::withLocale);
    }

    /** Changes a user's profile language, as Confluence's "Edit profile → Language" does; null = back to English. */
    public void setLocale(String username, Locale locale) {
        if (locale == null) {
            locales.remove(username);
        } else {
            locales.put(username, locale);
        }
    }

    public void resetLocales() {
        locales.clear();
    }

    private DevUser withLocale(DevUser user) {
        Locale locale = locales.get(user.username());
        return locale == null ? user : new DevUser(user.user(), user.canEdit(), user.systemAdmin(), user.licensed(), locale);
    }

    /** True when the user holds a Confluence licence; false for unknown keys. */
    public boolean isLicensed(String key) {
        return byKey(key).map(DevUser::licensed).orElse(false);
    }

    /** The username for a user key, or the key itself when nobody has it. */
    public String usernameOf(String key) {
        return key == null ? null : byKey(key).map(DevUser::username).orElse(key);
    }
}
