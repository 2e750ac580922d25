// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
// Source: Confluence 8.7.2 com/atlassian/confluence/macro/Macro (ngannk-fptu/Decompiled-Files,
// com.atlassian.confluence_confluence-8.7.2); implemented by the ONLYOFFICE connector 7.4.2 (built against 10.0.3).
package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType { INLINE, BLOCK }

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }
}
