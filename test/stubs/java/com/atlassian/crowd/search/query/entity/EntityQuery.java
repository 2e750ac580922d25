// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity;

import com.atlassian.crowd.embedded.api.Query;

public abstract class EntityQuery<T> implements Query<T> {
}
