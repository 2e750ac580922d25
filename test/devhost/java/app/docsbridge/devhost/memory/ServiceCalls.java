package app.docsbridge.devhost.memory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the app's calls into the in-memory Confluence, per port method ({@code Permissions.canView}, …), so that
 * the benchmark can report what a page costs in product-service calls. Only the app's calls count: the dev host's
 * own pages use the unwrapped services.
 */
public final class ServiceCalls {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** {@code target} behind a proxy of {@code port} that counts every call. */
    public <T> T counting(Class<T> port, T target) {
        String prefix = port.getSimpleName() + ".";
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                counts.computeIfAbsent(prefix + method.getName(), k -> new LongAdder()).increment();
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((name, count) -> out.put(name, count.sum()));
        return out;
    }

    public void reset() {
        counts.clear();
    }
}
