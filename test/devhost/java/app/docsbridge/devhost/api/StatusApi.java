package app.docsbridge.devhost.api;

import app.docsbridge.devhost.wiring.ModuleProblems;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /devhost/api/status}: plugin key, base URL, mounted plugin servlets, modules that failed to wire, and
 * the JVM's heap figures (peak since start, for the benchmark's streaming check).
 */
public final class StatusApi extends HttpServlet {

    private final String pluginKey;
    private final Supplier<String> baseUrl;
    private final List<String> servletPaths;
    private final ModuleProblems problems;

    public StatusApi(String pluginKey, Supplier<String> baseUrl, List<String> servletPaths, ModuleProblems problems) {
        this.pluginKey = pluginKey;
        this.baseUrl = baseUrl;
        this.servletPaths = servletPaths;
        this.problems = problems;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pluginKey", pluginKey);
        out.put("baseUrl", baseUrl.get());
        out.put("servlets", servletPaths);
        out.put("problems", problems.all());
        // "jakarta.servlet" for the Confluence 10 app on ee10, "javax.servlet" for the Confluence 9 jar on ee8.
        out.put("servletApi", HttpServlet.class.getPackageName());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.put("heapPeakBytes", peak);
        out.put("heapMaxBytes", Runtime.getRuntime().maxMemory());
        JsonIo.write(resp, out);
    }
}
