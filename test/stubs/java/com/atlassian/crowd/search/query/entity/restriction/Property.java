// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity.restriction;

public interface Property<V> {
}
