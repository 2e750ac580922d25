package app.docsbridge.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * The per-line part of the permission checks, Confluence 10 version: the {@code ConfluenceUser} overloads, the only
 * ones Confluence 10 has. The Confluence 9 jar carries src/confluence9/java's class of the same name instead, which
 * calls the {@code com.atlassian.user.User} overloads that Confluence 9 is proven to have (decisions/0010).
 */
final class PermissionCalls {

    private PermissionCalls() {
    }

    static boolean hasPermission(PermissionManager manager, ConfluenceUser user, Permission permission, Object target) {
        return manager.hasPermission(user, permission, target);
    }

    static boolean hasCreatePermission(PermissionManager manager, ConfluenceUser user, Object container,
                                       Class<?> type) {
        return manager.hasCreatePermission(user, container, type);
    }
}
