package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AppUser;

import java.util.Optional;

/** The request's signed-in user, bound per thread like Confluence's AuthenticatedUserThreadLocal. */
public final class CurrentUser {

    private static final ThreadLocal<AppUser> CURRENT = new ThreadLocal<>();

    private CurrentUser() {
    }

    public static Optional<AppUser> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(AppUser user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }
}
