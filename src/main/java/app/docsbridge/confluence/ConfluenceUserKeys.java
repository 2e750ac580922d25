package app.docsbridge.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;

/** The ports speak user-key strings; Confluence speaks ConfluenceUser. */
final class ConfluenceUserKeys {

    private ConfluenceUserKeys() {
    }

    /** {@code null} for a {@code null} key (anonymous) and for a key that names no user. */
    static ConfluenceUser user(UserAccessor userAccessor, String userKey) {
        return userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
    }

    static String keyOf(ConfluenceUser user) {
        return user == null || user.getKey() == null ? null : user.getKey().getStringValue();
    }
}
