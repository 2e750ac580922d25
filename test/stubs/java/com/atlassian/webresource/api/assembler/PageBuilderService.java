// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
// Source: atlassian-plugins-webresource-api 6.1.1 (Confluence 8.7.2); called as
// pageBuilderService.assembler().resources().requireWebResource(key) by Atlassian's Slack integration built against
// Confluence 10.0.1 (VelocityPageBuilderService.java).
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {

    WebResourceAssembler assembler();
}
