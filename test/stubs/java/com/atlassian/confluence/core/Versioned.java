// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.core;

public interface Versioned {

    int getVersion();

    boolean isLatestVersion();

    Versioned getLatestVersion();
}
