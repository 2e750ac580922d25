package app.docsbridge.testing;

import app.docsbridge.core.port.PageRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.parser.node.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders templates the way Confluence's {@code TemplateRenderer} does (used by the unit tests and the dev host), so
 * that a template that only works without escaping fails here too. As in Confluence
 * (ngannk-fptu/Decompiled-Files, Confluence 8.7.2 jars, commit e0c88ec5):
 * <ul>
 *   <li>every reference is HTML-escaped on insertion, except a scalar reference whose name ends in {@code html} (any
 *       case) or is {@code xHtmlContent}, {@code body} or {@code head}: {@code $fooHtml} is inserted as is,
 *       {@code $foo.barHtml} is escaped ({@code velocity-htmlsafe-4.0.3 com/atlassian/velocity/htmlsafe/
 *       HtmlAnnotationEscaper.java shouldEscape}, {@code RawVelocityReference.isScalar/getBaseReferenceName});</li>
 *   <li>a template containing {@code #disable_html_escaping()} is not escaped at all
 *       ({@code DisableHtmlEscapingDirectiveHandler.referenceInsert}, attached to every render by
 *       {@code atlassian-template-renderer-velocity16-plugin-5.0.4 … VelocityTemplateRendererImpl.createContext});</li>
 *   <li>the class-path loader caches templates unless {@code atlassian.dev.mode} is set
 *       ({@code VelocityTemplateRendererImpl.handleCache}), so templates are cached here too;</li>
 *   <li>the template sees the given map (Confluence adds a few product helpers, which the app does not use).</li>
 * </ul>
 * Confluence runs Velocity 1.6; this is Velocity 2 with strict references, so a misspelt or missing reference fails
 * the render instead of printing itself.
 */
public final class VelocityPageRenderer implements PageRenderer {

    static final String DISABLE_ESCAPING = "#disable_html_escaping()";
    private static final Set<String> SAFE_NAMES = Set.of("xHtmlContent", "body", "head");

    private final VelocityEngine engine = new VelocityEngine();
    private final Map<String, Boolean> escapingDisabled = new ConcurrentHashMap<>();

    public VelocityPageRenderer() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("resource.loader.classpath.cache", "true");
        engine.setProperty(RuntimeConstants.ENCODING_DEFAULT, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, DisableHtmlEscaping.class.getName());
        engine.init();
    }

    @Override
    public void render(String template, Map<String, Object> context, Writer out) throws IOException {
        try {
            Template compiled = engine.getTemplate(template, "UTF-8");
            VelocityContext velocityContext = new VelocityContext(new HashMap<>(context));
            if (!escapingDisabled.computeIfAbsent(template, VelocityPageRenderer::disablesEscaping)) {
                EventCartridge cartridge = new EventCartridge();
                cartridge.addReferenceInsertionEventHandler(new HtmlEscaper());
                cartridge.attachToContext(velocityContext);
            }
            compiled.merge(velocityContext, out);
            out.flush();
        } catch (VelocityException e) {
            throw new IOException("cannot render " + template + ": " + e.getMessage(), e);
        }
    }

    /** Whether a reference (as written in the template, e.g. {@code $!{fooHtml}}) is inserted unescaped. */
    static boolean insertedAsIs(String reference) {
        if (reference.indexOf('.') >= 0) {
            return false;
        }
        String name = reference.replaceAll("[!${}]", "");
        return name.toLowerCase(Locale.ROOT).endsWith("html") || SAFE_NAMES.contains(name);
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean disablesEscaping(String template) {
        try (InputStream in = VelocityPageRenderer.class.getClassLoader().getResourceAsStream(template)) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(DISABLE_ESCAPING);
        } catch (IOException e) {
            return false;
        }
    }

    private static final class HtmlEscaper implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || insertedAsIs(reference)) {
                return value;
            }
            return escape(value.toString());
        }
    }

    /** {@code #disable_html_escaping()}: a marker that prints nothing; its presence switches escaping off. */
    public static final class DisableHtmlEscaping extends Directive {
        @Override
        public String getName() {
            return "disable_html_escaping";
        }

        @Override
        public int getType() {
            return DirectiveConstants.LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            return true;
        }
    }
}
