// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity.restriction;

public enum MatchMode {
    EXACTLY_MATCHES, STARTS_WITH, ENDS_WITH, CONTAINS, LESS_THAN, GREATER_THAN, NULL
}
