package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.PageRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Velocity 2 over the class path, like Confluence's TemplateRenderer: the template sees exactly the given map and
 * nothing else. Templates are re-read on every render so a rebuilt target/classes shows without a restart.
 */
public final class VelocityPageRenderer implements PageRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityPageRenderer() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("resource.loader.classpath.cache", "false");
        engine.setProperty(RuntimeConstants.ENCODING_DEFAULT, "UTF-8");
        engine.init();
    }

    @Override
    public void render(String template, Map<String, Object> context, Writer out) throws IOException {
        try {
            Template compiled = engine.getTemplate(template, "UTF-8");
            compiled.merge(new VelocityContext(new HashMap<>(context)), out);
            out.flush();
        } catch (VelocityException e) {
            throw new IOException("cannot render " + template + ": " + e.getMessage(), e);
        }
    }
}
