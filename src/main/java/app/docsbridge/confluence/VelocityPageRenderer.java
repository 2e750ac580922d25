package app.docsbridge.confluence;

import app.docsbridge.core.port.PageRenderer;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Renders the plugin's Velocity templates with the product's renderer. */
public class VelocityPageRenderer implements PageRenderer {

    private final TemplateRenderer templateRenderer;

    public VelocityPageRenderer(TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    /** A template error surfaces as an IOException, the one failure type of the port. */
    @Override
    public void render(String template, Map<String, Object> context, Writer out) throws IOException {
        try {
            templateRenderer.render(template, context, out);
        } catch (RenderingException e) {
            throw new IOException("cannot render " + template, e);
        }
    }
}
