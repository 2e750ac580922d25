// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

public abstract class AbstractPage extends SpaceContentEntityObject {
}
