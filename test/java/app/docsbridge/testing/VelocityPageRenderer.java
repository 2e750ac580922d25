package app.docsbridge.testing;

import app.docsbridge.core.port.PageRenderer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.Writer;
import java.util.Map;

/** {@link PageRenderer} with a plain Velocity engine reading templates from the class path, as Confluence does. */
public final class VelocityPageRenderer implements PageRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityPageRenderer() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.init();
    }

    @Override
    public void render(String template, Map<String, Object> context, Writer out) {
        engine.getTemplate(template, "UTF-8").merge(new VelocityContext(new java.util.HashMap<>(context)), out);
    }
}
