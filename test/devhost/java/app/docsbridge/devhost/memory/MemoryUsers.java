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

    /** Confluence hands out a picture URL for every user; the dev host draws the initial (no request needed). */
    @Override
    public Optional<String> avatarUrl(String userKey) {
        return byKey(userKey).map(user -> {
            String initial = user.displayName().isEmpty() ? "?" : user.displayName().substring(0, 1).toUpperCase(Locale.ROOT);
            String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48'><rect width='48' height='48'"
                    + " rx='24' fill='#0052cc'/><text x='24' y='31' font-size='22' font-family='sans-serif'"
                    + " text-anchor='middle' fill='#fff'>" + initial.replaceAll("[^A-Za-z0-9]", "?") + "</text></svg>";
            return "data:image/svg+xml," + java.net.URLEncoder.encode(svg, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
        });
    }

    @Override
    public Locale locale(String userKey) {
        return userKey == null ? SITE_DEFAULT : directory.byKey(userKey).map(DevUser::locale).orElse(SITE_DEFAULT);
    }
}
