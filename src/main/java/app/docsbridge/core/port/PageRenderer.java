package app.docsbridge.core.port;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** The product's template renderer (Velocity); templates are class-path names such as {@code templates/editor.vm}. */
public interface PageRenderer {

    void render(String template, Map<String, Object> context, Writer out) throws IOException;
}
