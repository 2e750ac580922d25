// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.core;

public abstract class SpaceContentEntityObject extends ContentEntityObject {
}
