package app.docsbridge.devhost.api;

import app.docsbridge.devhost.cluster.ClusterRouter;
import app.docsbridge.devhost.cluster.NodeSlot;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /devhost/api/nodes}: the app nodes ({@code GET}) and {@code POST {"node": n, "action": "kill"|"start"}}
 * to kill a node abruptly or start it again with a fresh wiring.
 */
public final class NodesApi extends HttpServlet {

    private final transient Supplier<ClusterRouter> cluster;
    private final int self;

    public NodesApi(Supplier<ClusterRouter> cluster, int self) {
        this.cluster = cluster;
        this.self = self;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonIo.write(resp, describe());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        Optional<NodeSlot> node = body.get("node") instanceof Integer n ? cluster.get().node(n) : Optional.empty();
        Object action = body.get("action");
        if (node.isEmpty() || !("kill".equals(action) || "start".equals(action))) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST,
                    "expected {\"node\": <number of a node>, \"action\": \"kill\" or \"start\"}");
            return;
        }
        if (node.get().number() == self && "kill".equals(action)) {
            // This node would cut its own answer off: a dead node answers nothing.
            JsonIo.error(resp, HttpServletResponse.SC_CONFLICT,
                    "node " + self + " serves this request; ask another node to kill it");
            return;
        }
        try {
            if ("kill".equals(action)) {
                node.get().kill();
            } else {
                node.get().restart();
            }
        } catch (Exception e) {
            throw new IOException("could not " + action + " node " + node.get().number(), e);
        }
        JsonIo.write(resp, describe());
    }

    private Map<String, Object> describe() {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NodeSlot node : cluster.get().nodes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("node", node.number());
            entry.put("port", node.connector().getLocalPort());
            entry.put("alive", node.alive());
            entry.put("handled", node.handled());
            nodes.add(entry);
        }
        return Map.of("self", self, "nodes", nodes);
    }
}
