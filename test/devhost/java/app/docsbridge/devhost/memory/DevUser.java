package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AppUser;

import java.util.Locale;

/**
 * A dev host user and what they may do in the DEV space. {@code licensed}: holds a Confluence licence (product
 * access); an unlicensed user can sign in but Confluence lets them reach only endpoints annotated for unlicensed or
 * anonymous access, and no space grants them anything.
 */
public record DevUser(AppUser user, boolean canEdit, boolean systemAdmin, boolean licensed, Locale locale) {

    public String key() {
        return user.key();
    }

    public String username() {
        return user.username();
    }
}
