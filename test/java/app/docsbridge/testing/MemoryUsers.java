package app.docsbridge.testing;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory {@link Users}. The "current" user is one field, not a thread-local, so that servlets running on a web
 * server's threads see the user the test signed in.
 */
public final class MemoryUsers implements Users {

    private final Map<String, AppUser> byKey = new ConcurrentHashMap<>();
    private final Map<String, Locale> locales = new ConcurrentHashMap<>();
    private final Map<String, String> avatars = new ConcurrentHashMap<>();
    private volatile String currentKey;
    private volatile Locale siteLocale = Locale.ENGLISH;

    public AppUser add(String key, String username, String displayName) {
        AppUser user = new AppUser(key, username, displayName);
        byKey.put(key, user);
        return user;
    }

    public void remove(String key) {
        byKey.remove(key);
    }

    public MemoryUsers signIn(String key) {
        if (!byKey.containsKey(key)) {
            throw new IllegalArgumentException("unknown user " + key);
        }
        currentKey = key;
        return this;
    }

    public MemoryUsers signOut() {
        currentKey = null;
        return this;
    }

    public void setLocale(String key, Locale locale) {
        locales.put(key, locale);
    }

    public void setSiteLocale(Locale locale) {
        siteLocale = locale;
    }

    @Override
    public Optional<AppUser> current() {
        String key = currentKey;
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    @Override
    public Optional<AppUser> byKey(String userKey) {
        return userKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(userKey));
    }

    /** Users have no picture unless a test gives them one. */
    public void setAvatar(String key, String url) {
        avatars.put(key, url);
    }

    @Override
    public Optional<String> avatarUrl(String userKey) {
        return userKey == null ? Optional.empty() : Optional.ofNullable(avatars.get(userKey));
    }

    @Override
    public Locale locale(String userKey) {
        return userKey == null ? siteLocale : locales.getOrDefault(userKey, siteLocale);
    }
}
