package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.ServiceCalls;
import app.docsbridge.devhost.wiring.ServletCpu;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /devhost/api/metrics[?gc=1]}: the app's calls into the in-memory Confluence per port method since the
 * last reset, the CPU the app's servlets spent on their requests (per servlet key), this JVM's CPU time (all
 * threads) and JIT compilation time, and heap use; with {@code gc=1} the heap is measured right after a
 * full GC, i.e. what is live. {@code POST /devhost/api/metrics} resets the call counts. For the benchmark.
 */
public final class MetricsApi extends HttpServlet {

    private final ServiceCalls calls;

    public MetricsApi(ServiceCalls calls) {
        this.calls = calls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", calls.snapshot());
        out.put("processCpuNanos", processCpuNanos());
        out.put("jitMillis", jitMillis());
        out.put("servletCpu", ServletCpu.snapshot());
        if ("1".equals(req.getParameter("gc"))) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.put("heapUsedBytes", heap.getUsed());
        out.put("heapMaxBytes", heap.getMax());
        JsonIo.write(resp, out);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        calls.reset();
        ServletCpu.reset();
        JsonIo.write(resp, Map.of("reset", true));
    }

    /** Time the JIT compilers spent so far: when it stops growing, the code the requests run is compiled (warm). */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
