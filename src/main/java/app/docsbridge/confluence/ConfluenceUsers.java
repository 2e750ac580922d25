package app.docsbridge.confluence;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import java.util.Locale;
import java.util.Optional;

/** Users through SAL, using only the servlet-free methods (their signatures are the same on 8, 9 and 10). */
public class ConfluenceUsers implements Users {

    private final UserManager userManager;
    private final LocaleResolver localeResolver;

    public ConfluenceUsers(UserManager userManager, LocaleResolver localeResolver) {
        this.userManager = userManager;
        this.localeResolver = localeResolver;
    }

    @Override
    public Optional<AppUser> current() {
        return toAppUser(userManager.getRemoteUser());
    }

    @Override
    public Optional<AppUser> byKey(String userKey) {
        return userKey == null ? Optional.empty() : toAppUser(userManager.getUserProfile(new UserKey(userKey)));
    }

    @Override
    public Optional<String> avatarUrl(String userKey) {
        if (userKey == null) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        java.net.URI picture = profile == null ? null : profile.getProfilePictureUri(48, 48);
        return picture == null ? Optional.empty() : Optional.of(picture.toString());
    }

    @Override
    public Locale locale(String userKey) {
        Locale locale = userKey == null ? null : localeResolver.getLocale(new UserKey(userKey));
        if (locale == null) {
            locale = localeResolver.getLocale();
        }
        return locale != null ? locale : Locale.ENGLISH;
    }

    private static Optional<AppUser> toAppUser(UserProfile profile) {
        if (profile == null || profile.getUserKey() == null) {
            return Optional.empty();
        }
        return Optional.of(new AppUser(profile.getUserKey().getStringValue(), profile.getUsername(),
                profile.getFullName()));
    }
}
