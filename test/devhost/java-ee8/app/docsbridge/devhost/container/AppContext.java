package app.docsbridge.devhost.container;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.http.HttpServlet;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The dev host's servlet container for the Confluence 9 jar: Jetty 12's ee8 environment (javax.servlet), as
 * Confluence 9 runs the app. Twin of test/devhost/java's ee10 class of the same name; scripts/devhost-confluence9
 * compiles it into the javax copy of the dev host. Keep the two alike.
 */
public final class AppContext {

    private final ServletContextHandler context;

    public AppContext(String contextPath) {
        context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(contextPath);
    }

    public void setSessionCookie(String name) {
        context.getSessionHandler().setSessionCookie(name);
    }

    public void addRequestFilter(Filter filter, String pathSpec) {
        context.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
    }

    public void addServlet(HttpServlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(servlet);
        for (String path : paths) {
            context.addServlet(holder, path);
        }
    }

    public void addServlet(String name, HttpServlet servlet, Map<String, String> initParams, List<String> paths) {
        ServletHolder holder = new ServletHolder(name, servlet);
        holder.setInitParameters(initParams);
        for (String path : paths) {
            context.addServlet(holder, path);
        }
    }

    /** The handler to put into the server. */
    public Handler handler() {
        return context.get(); // ee8 contexts are nested: the core handler wraps them
    }
}
