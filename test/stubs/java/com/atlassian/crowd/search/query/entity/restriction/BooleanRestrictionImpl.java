// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/** {@code new BooleanRestrictionImpl(BooleanRestriction.BooleanLogic.OR, new SearchRestriction[]{…})} in Confluence 8.7.2's CrowdUserService. */
public class BooleanRestrictionImpl implements BooleanRestriction {

    public BooleanRestrictionImpl(BooleanLogic booleanLogic, SearchRestriction... restrictions) {
    }
}
