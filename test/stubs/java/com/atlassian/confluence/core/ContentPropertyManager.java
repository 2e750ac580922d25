// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.core;

public interface ContentPropertyManager {

    String getStringProperty(ContentEntityObject entity, String key);

    void setStringProperty(ContentEntityObject entity, String key, String value);

    /** atlassian-api.md §9: text properties hold longer values than string properties. */
    String getTextProperty(ContentEntityObject entity, String key);

    void setTextProperty(ContentEntityObject entity, String key, String value);
}
