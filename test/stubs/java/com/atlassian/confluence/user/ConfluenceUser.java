// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Flattened: getName/getFullName really come from com.atlassian.user.Entity and User. */
public interface ConfluenceUser {

    UserKey getKey();

    String getName();

    String getFullName();
}
