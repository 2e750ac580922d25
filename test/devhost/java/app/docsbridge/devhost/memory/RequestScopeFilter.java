package app.docsbridge.devhost.memory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/** A fresh request scope for every request, always cleared at its end (like RequestCacheThreadLocalFilter). */
public final class RequestScopeFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ThreadRequestScope.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            ThreadRequestScope.end();
        }
    }
}
