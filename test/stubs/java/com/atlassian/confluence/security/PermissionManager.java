// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/** The ConfluenceUser overloads (8.8+, 9.x, 10.x); the com.atlassian.user.User ones are gone in 10. */
public interface PermissionManager {

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate);
}
