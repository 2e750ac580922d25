// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.user;

/** A class with static methods, as in Confluence; backed by a plain ThreadLocal here. */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public AuthenticatedUserThreadLocal() {
    }

    public static ConfluenceUser get() {
        return USER.get();
    }

    /** {@code null} means anonymous. */
    public static void set(ConfluenceUser user) {
        if (user == null) {
            USER.remove();
        } else {
            USER.set(user);
        }
    }
}
