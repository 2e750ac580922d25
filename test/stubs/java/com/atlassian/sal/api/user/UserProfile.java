// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.user;

public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    /** atlassian-api.md §3.2 (sal-api 5.1.4, P8). */
    java.net.URI getProfilePictureUri();
}
