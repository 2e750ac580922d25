// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.embedded.api;

public interface Query<T> {
}
