// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api;

/** Same constants in the same order as the real enum (not com.atlassian.webresource.api.UrlMode). */
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
