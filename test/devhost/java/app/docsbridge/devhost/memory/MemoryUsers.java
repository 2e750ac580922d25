package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;

import java.util.Locale;
import java.util.Optional;

/** {@link Users} over the fixed directory; anonymous visitors get the site default, English. */
public final class MemoryUsers implements Users {

    private static final Locale SITE_DEFAULT = Locale.ENGLISH;

    private final UserDirectory directory;

    public MemoryUsers(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<AppUser> current() {
        return CurrentUser.get();
    }

    @Override
    public Optional<AppUser> byKey(String userKey) {
        return userKey == null ? Optional.empty() : directory.byKey(userKey).map(DevUser::user);
    }

    /** Served by the dev host's avatar servlet, like Confluence's profile pictures under the context path. */
    @Override
    public Optional<String> avatarUrl(String userKey) {
        return userKey == null ? Optional.empty() : directory.byKey(userKey)
                .map(u -> DevHostUrls.CONTEXT_PATH + "/devhost/avatars/" + u.user().username() + ".svg");
    }

    @Override
    public Locale locale(String userKey) {
        return userKey == null ? SITE_DEFAULT : directory.byKey(userKey).map(DevUser::locale).orElse(SITE_DEFAULT);
    }
}
