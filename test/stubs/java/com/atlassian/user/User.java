// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md §2.5); never packaged.
package com.atlassian.user;

/** Flattened: getName really comes from com.atlassian.user.Entity. Still present in Confluence 10. */
public interface User extends java.security.Principal {

    @Override
    String getName();

    String getFullName();

    String getEmail();
}
