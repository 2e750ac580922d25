// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

public final class UserKey implements Serializable {

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && userkey.equals(other.userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
