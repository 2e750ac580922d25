// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
// Source: atlassian-plugins-webresource-api 6.1.1, com/atlassian/webresource/api/assembler/RequiredResources.
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {

    /** Returns the same RequiredResources (fluent). */
    RequiredResources requireWebResource(String completeKey);
}
