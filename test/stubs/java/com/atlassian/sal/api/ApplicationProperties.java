// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api;

/** The PLATFORM_* compile-time constants are deliberately left out (javac would inline them). */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);

    /** atlassian-api.md §3.5 (sal-api, P8). */
    java.util.Optional<java.nio.file.Path> getLocalHomeDirectory();

    /** atlassian-api.md §3.5 (sal-api, P8). */
    java.util.Optional<java.nio.file.Path> getSharedHomeDirectory();
}
