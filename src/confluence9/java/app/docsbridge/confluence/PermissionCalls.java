package app.docsbridge.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;

/**
 * The per-line part of the permission checks, Confluence 9 version (compiled into the Confluence 9 jar only, by
 * scripts/confluence9-jar): the {@code com.atlassian.user.User} overloads, which the official connector 6.3.0 calls
 * on Confluence 9.0.2 (AttachmentUtilImpl). A {@code ConfluenceUser} is a {@code User}; null means anonymous on both.
 */
final class PermissionCalls {

    private PermissionCalls() {
    }

    @SuppressWarnings("deprecation")
    static boolean hasPermission(PermissionManager manager, ConfluenceUser user, Permission permission, Object target) {
        return manager.hasPermission((User) user, permission, target);
    }

    @SuppressWarnings("deprecation")
    static boolean hasCreatePermission(PermissionManager manager, ConfluenceUser user, Object container,
                                       Class<?> type) {
        return manager.hasCreatePermission((User) user, container, type);
    }
}
