package app.docsbridge.confluence;

import app.docsbridge.core.port.PageResources;
import app.docsbridge.core.preview.OutputMode;
import app.docsbridge.core.preview.PreviewMacroRenderer;
import app.docsbridge.core.preview.PreviewMacroRenderer.Rendered;
import app.docsbridge.core.preview.PreviewMacroRenderer.Target;
import app.docsbridge.core.preview.PreviewParameters;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Versioned;
import com.atlassian.confluence.macro.Macro;

import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code onlyoffice-preview} xhtml-macro (same name and parameters as the official connector's, so its pages
 * keep working). Confluence calls {@link #execute} once per macro and viewer; the HTML comes from
 * {@link PreviewMacroRenderer}, and only pages that show a viewer load the page script. API: Confluence 8.7.2
 * {@code com.atlassian.confluence.macro.Macro} and {@code ConversionContext} (decompiled jars), implemented the same
 * way by the ONLYOFFICE connector 7.4.2 built against Confluence 10.0.3 (OnlyOfficePreviewMacro); see
 * decisions/0008-preview-macro.md.
 */
public class PreviewMacro implements Macro {

    private static final Logger LOG = Logger.getLogger(PreviewMacro.class.getName());

    private final PreviewMacroRenderer renderer;
    private final PageResources resources;

    public PreviewMacro(PreviewMacroRenderer renderer, PageResources resources) {
        this.renderer = renderer;
        this.resources = resources;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            Rendered rendered = renderer.render(PreviewParameters.parse(parameters == null ? Map.of() : parameters),
                    target(context));
            if (rendered.needsScript()) {
                resources.require(PreviewMacroRenderer.SCRIPT_RESOURCE);
            }
            return rendered.html();
        } catch (RuntimeException e) {
            // A broken macro must not break the page, nor print a stack trace into it (Confluence would show a
            // MacroExecutionException's message in an error box).
            LOG.log(Level.WARNING, "ONLYOFFICE preview macro failed", e);
            return renderer.unexpectedFailure();
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /**
     * Attachments live on the current version of a page: page history renders an old version (its own entity,
     * not the latest), so the page is its latest version's.
     */
    private static Target target(ConversionContext context) {
        OptionalLong pageId = OptionalLong.empty();
        String spaceKey = null;
        String outputType = null;
        if (context != null) {
            ContentEntityObject entity = context.getEntity();
            if (entity != null) {
                Versioned latest = entity.getLatestVersion();
                ContentEntityObject current = latest instanceof ContentEntityObject ceo ? ceo : entity;
                pageId = OptionalLong.of(current.getId());
            }
            spaceKey = context.getSpaceKey();
            outputType = context.getOutputType();
        }
        return new Target(pageId, spaceKey, OutputMode.of(outputType));
    }
}
