package app.docsbridge.devhost.wiring;

import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.descriptor.ServletModule;
import app.docsbridge.devhost.container.AppContext;
import jakarta.servlet.http.HttpServlet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Mounts the descriptor's {@code <servlet>}s at {@code /plugins/servlet<url-pattern>}, behind Confluence's access check. */
public final class PluginServlets {

    public static final String PREFIX = "/plugins/servlet";

    private PluginServlets() {
    }

    /** Returns the context-relative paths mounted. */
    public static List<String> mount(List<ServletModule> modules, AppContext context, Autowirer autowirer,
                                     ClassLoader loader, Users users, Permissions permissions, HostUrls urls,
                                     Predicate<String> licensed, ModuleProblems problems) {
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
                for (String pattern : module.urlPatterns()) {
                    if (!pattern.startsWith("/")) {
                        throw new WiringException("<url-pattern> must start with /: " + pattern);
                    }
                }
                List<String> paths = module.urlPatterns().stream().map(pattern -> PREFIX + pattern).toList();
                context.addServlet(module.key(), new AccessCheckedServlet(module.key(), servlet, users, permissions, urls, licensed),
                        module.initParams(), paths);
                mounted.addAll(paths);
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                problems.report("servlet " + module.key(), e);
            }
        }
        return mounted;
    }
}
