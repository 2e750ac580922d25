// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
// Source: Confluence 8.7.2 com/atlassian/confluence/content/render/xhtml/ConversionContext (an interface); only the
// members the app calls. getEntity() is called by the ONLYOFFICE connector 7.4.2 (built against 10.0.3) through
// getPageContext().getEntity(); getOutputType() values are ConversionContextOutputType.value(): preview, display,
// word, pdf, html_export, feed, email, diff (DefaultConversionContext answers "display" without a render context).
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {

    /** The page, blog post, comment or draft being rendered; null when rendering outside any content. */
    ContentEntityObject getEntity();

    String getSpaceKey();

    String getOutputType();
}
