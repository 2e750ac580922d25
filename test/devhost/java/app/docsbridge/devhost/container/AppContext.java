package app.docsbridge.devhost.container;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows the servlet container's Jakarta EE environment: Jetty 12's ee10 (jakarta.servlet), as
 * Confluence 10 runs the app. test/devhost/java-ee8 has the same class for ee8 (javax.servlet), which the dev host
 * for the Confluence 9 jar uses (scripts/devhost-confluence9); keep the two alike.
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
        return context;
    }
}
