package app.docsbridge.devhost.pages;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;

/** What Confluence hands a macro: the content being rendered, its space and the output type. */
record DevConversionContext(ContentEntityObject entity, String spaceKey, String outputType) implements ConversionContext {

    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }
}
