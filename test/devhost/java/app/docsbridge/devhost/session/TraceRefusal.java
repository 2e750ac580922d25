package app.docsbridge.devhost.session;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Refuses {@code TRACE} before any servlet sees it, as Confluence's Tomcat does by default ({@code allowTrace="false"}
 * on its connector: 405 with an {@code Allow} header without TRACE). Jetty would otherwise let
 * {@code HttpServlet.doTrace} echo the request, headers and cookies included.
 */
public final class TraceRefusal implements Filter {

    static final String ALLOWED = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equalsIgnoreCase(((HttpServletRequest) request).getMethod())) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Allow", ALLOWED);
            http.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not allowed");
            return;
        }
        chain.doFilter(request, response);
    }
}
