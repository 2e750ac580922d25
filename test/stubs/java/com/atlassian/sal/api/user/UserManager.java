// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.user;

/** Only the servlet-free members: the servlet-typed ones differ between Confluence 9 (javax) and 10 (jakarta). */
public interface UserManager {

    UserProfile getRemoteUser();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    /** Confluence administrator (or system administrator). */
    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
