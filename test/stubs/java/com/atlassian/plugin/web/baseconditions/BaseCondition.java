// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.plugin.web.baseconditions;

/** Empty marker interface. */
public interface BaseCondition {
}
