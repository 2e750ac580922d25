// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.search.query.entity.restriction.constants;

import com.atlassian.crowd.search.query.entity.restriction.Property;

public class UserTermKeys {

    public static final Property<String> USERNAME = null;
    public static final Property<String> EMAIL = null;
    public static final Property<String> DISPLAY_NAME = null;
    public static final Property<Boolean> ACTIVE = null;

    private UserTermKeys() {
    }
}
