// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md §2.4); never packaged.
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Both overload families, each used by one Confluence line only (app.docsbridge.confluence.PermissionCalls):
 * the ConfluenceUser ones are what Confluence 10 has (the official connector 7.4.2, compiled against 10.0.3, calls
 * them); the com.atlassian.user.User ones are what the official connector 6.3.0 calls on 9.0.2, and are removed in
 * 10. The jar test (ConfluenceLinesIT) fails if a jar references an overload its line lacks.
 */
public interface PermissionManager {

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate);

    /** Confluence 9 and earlier only (a deprecated default method on 9). */
    @Deprecated
    default boolean hasPermission(com.atlassian.user.User user, Permission permission, Object target) {
        throw new UnsupportedOperationException("stub");
    }

    /** Confluence 9 and earlier only (a deprecated default method on 9). */
    @Deprecated
    default boolean hasCreatePermission(com.atlassian.user.User user, Object container, Class<?> typeToCreate) {
        throw new UnsupportedOperationException("stub");
    }
}
