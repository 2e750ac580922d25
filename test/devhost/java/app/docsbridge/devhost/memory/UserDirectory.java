package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AppUser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dev host's fixed users. Keys are opaque and differ from usernames, as Confluence user keys do, so code that
 * mixes them up fails here too.
 */
public final class UserDirectory {

    private static final List<DevUser> USERS = List.of(
            user("8a7f0001000000000000000000000001", "admin", "Admin", true, true),
            user("8a7f0001000000000000000000000002", "alice", "Alice Able", true, false),
            user("8a7f0001000000000000000000000003", "bob", "Bob Baker", true, false),
            user("8a7f0001000000000000000000000004", "carol", "Carol Cole", false, false));

    private static DevUser user(String key, String username, String name, boolean canEdit, boolean admin) {
        return new DevUser(new AppUser(key, username, name), canEdit, admin, Locale.ENGLISH);
    }

    public List<DevUser> all() {
        return USERS;
    }

    public Optional<DevUser> byUsername(String username) {
        return USERS.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    public Optional<DevUser> byKey(String key) {
        return USERS.stream().filter(u -> u.key().equals(key)).findFirst();
    }

    /** The username for a user key, or the key itself when nobody has it. */
    public String usernameOf(String key) {
        return key == null ? null : byKey(key).map(DevUser::username).orElse(key);
    }
}
