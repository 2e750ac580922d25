// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/** {@code new UserQuery(User.class, restriction, offset, max)} in Confluence 8.7.2's CrowdUserService; String.class returns usernames. */
public class UserQuery<T> extends EntityQuery<T> {

    public UserQuery(Class<T> returnType, SearchRestriction searchRestriction, int startIndex, int maxResults) {
    }
}
