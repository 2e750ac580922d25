// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Really extends com.atlassian.user.User (which extends Entity and Principal) on 8, 9 and 10. */
public interface ConfluenceUser extends com.atlassian.user.User {

    UserKey getKey();

    @Override
    String getName();

    @Override
    String getFullName();
}
