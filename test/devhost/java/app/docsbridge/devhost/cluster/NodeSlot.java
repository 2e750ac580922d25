package app.docsbridge.devhost.cluster;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One app node: its port and its current wiring of the app. Killing it is as abrupt as a dead JVM can be inside a
 * shared one: its open connections are cut (the callers see a reset, not an answer), the threads serving it are
 * interrupted, and its wiring (everything the node kept in memory) is thrown away. Starting it wires the app afresh.
 */
public final class NodeSlot extends Handler.Wrapper {

    private final int number;
    private final ServerConnector connector;
    private final Supplier<Handler> wiring;
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> handled = new ConcurrentHashMap<>();
    private volatile boolean alive;

    private record InFlight(EndPoint endPoint, Thread thread) {
    }

    public NodeSlot(int number, ServerConnector connector, Supplier<Handler> wiring) {
        super(true);
        this.number = number;
        this.connector = connector;
        this.wiring = wiring;
        setHandler(wiring.get());
        this.alive = true;
    }

    public int number() {
        return number;
    }

    public ServerConnector connector() {
        return connector;
    }

    public boolean alive() {
        return alive;
    }

    /** Requests this node served, by kind ("callback", "file", "other"). */
    public Map<String, Long> handled() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        handled.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    void count(String kind) {
        handled.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        InFlight current = new InFlight(request.getConnectionMetaData().getConnection().getEndPoint(),
                Thread.currentThread());
        inFlight.add(current);
        try {
            return super.handle(request, response, callback);
        } finally {
            inFlight.remove(current);
        }
    }

    /** Like {@code kill -9}: no answer to anything in flight, nothing this node held survives. */
    public synchronized void kill() throws Exception {
        if (!alive) {
            return;
        }
        alive = false;
        for (InFlight request : inFlight) {
            request.endPoint().close();
            request.thread().interrupt();
        }
        Handler old = getHandler();
        if (old != null) {
            old.stop();
        }
    }

    /** A fresh wiring of the app, as when the node's JVM starts again. */
    public synchronized void restart() throws Exception {
        if (alive) {
            return;
        }
        Handler old = getHandler();
        Handler fresh = wiring.get();
        setHandler(fresh);
        if (old != null) {
            removeBean(old);
        }
        if (!fresh.isStarted()) {
            fresh.start();
        }
        alive = true;
    }
}
