package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AppUser;

import java.util.Locale;

/** A dev host user and what they may do in the DEV space. */
public record DevUser(AppUser user, boolean canEdit, boolean systemAdmin, Locale locale) {

    public String key() {
        return user.key();
    }

    public String username() {
        return user.username();
    }
}
