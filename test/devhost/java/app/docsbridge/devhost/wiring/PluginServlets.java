package app.docsbridge.devhost.wiring;

import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.descriptor.ServletModule;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

import java.util.ArrayList;
import java.util.List;

/** Mounts the descriptor's {@code <servlet>}s at {@code /plugins/servlet<url-pattern>}, behind Confluence's access check. */
public final class PluginServlets {

    public static final String PREFIX = "/plugins/servlet";

    private PluginServlets() {
    }

    /** Returns the context-relative paths mounted. */
    public static List<String> mount(List<ServletModule> modules, ServletContextHandler context, Autowirer autowirer,
                                     ClassLoader loader, Users users, Permissions permissions, HostUrls urls,
                                     ModuleProblems problems) {
        List<String> mounted = new ArrayList<>();
        for (ServletModule module : modules) {
            try {
                Class<?> type = Class.forName(module.className(), true, loader);
                if (!HttpServlet.class.isAssignableFrom(type)) {
                    throw new WiringException(module.className() + " is not an HttpServlet");
                }
                if (module.urlPatterns().isEmpty()) {
                    throw new WiringException("no <url-pattern>");
                }
                HttpServlet servlet = (HttpServlet) autowirer.create(type);
                ServletHolder holder = new ServletHolder(module.key(),
                        new AccessCheckedServlet(module.key(), servlet, users, permissions, urls));
                holder.setInitParameters(module.initParams());
                for (String pattern : module.urlPatterns()) {
                    if (!pattern.startsWith("/")) {
                        throw new WiringException("<url-pattern> must start with /: " + pattern);
                    }
                }
                for (String pattern : module.urlPatterns()) {
                    context.addServlet(holder, PREFIX + pattern);
                    mounted.add(PREFIX + pattern);
                }
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                problems.report("servlet " + module.key(), e);
            }
        }
        return mounted;
    }
}
