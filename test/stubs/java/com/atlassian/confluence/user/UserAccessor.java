// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

public interface UserAccessor {

    /** Null when no such user exists. */
    ConfluenceUser getUserByKey(UserKey key);
}
