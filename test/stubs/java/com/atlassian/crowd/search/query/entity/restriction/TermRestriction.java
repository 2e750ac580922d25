// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/** {@code new TermRestriction(UserTermKeys.USERNAME, MatchMode.CONTAINS, criteria)} in Confluence 8.7.2's CrowdUserService. */
public class TermRestriction<T> implements SearchRestriction {

    public TermRestriction(Property<T> property, MatchMode matchMode, T value) {
    }
}
