package app.docsbridge.devhost.wiring;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time the app's servlets spend on their requests (the request thread's CPU inside {@code service}), per
 * servlet module key: the app's own share of a request, apart from the HTTP stack, GC and JIT that the JVM's total
 * CPU time also holds. For the benchmark (/devhost/api/metrics).
 */
public final class ServletCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<String, LongAdder[]> TOTALS = new ConcurrentHashMap<>();

    private ServletCpu() {
    }

    static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    static void record(String servlet, long startedCpuNanos) {
        if (startedCpuNanos < 0) {
            return;
        }
        LongAdder[] totals = TOTALS.computeIfAbsent(servlet, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        totals[0].increment();
        totals[1].add(now() - startedCpuNanos);
    }

    /** {@code {servlet: {requests, cpuNanos}}} since the last reset. */
    public static Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        TOTALS.forEach((servlet, totals) -> {
            Map<String, Long> entry = new LinkedHashMap<>();
            entry.put("requests", totals[0].sum());
            entry.put("cpuNanos", totals[1].sum());
            out.put(servlet, entry);
        });
        return out;
    }

    public static void reset() {
        TOTALS.clear();
    }
}
