// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

public interface BooleanRestriction extends SearchRestriction {

    enum BooleanLogic { AND, OR }
}
