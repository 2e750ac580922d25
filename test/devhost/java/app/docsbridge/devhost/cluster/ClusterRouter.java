package app.docsbridge.devhost.cluster;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancer in front of the app nodes. Browsers stay on the node whose port they use (sticky sessions, as
 * Confluence Data Center requires); the Document Server's requests (callbacks and file downloads, authenticated by
 * their link token, not a session) go to the live nodes in turn, so consecutive callbacks of one document reach
 * different nodes. A request for a dead node goes to a live one; with none alive the answer is 503.
 */
public final class ClusterRouter extends Handler.AbstractContainer {

    /** Links the app hands to the Document Server ({@code SignedLinks}): any node may serve them. */
    private static final List<String> DOCS_SERVER_PATHS = List.of(
            "/plugins/servlet/onlyoffice/callback", "/plugins/servlet/onlyoffice/file",
            "/plugins/servlet/onlyoffice/test-file");

    private final String contextPath;
    private final List<NodeSlot> nodes;
    private final AtomicInteger turn = new AtomicInteger();

    public ClusterRouter(String contextPath, List<NodeSlot> nodes) {
        super(true);
        this.contextPath = contextPath;
        this.nodes = List.copyOf(nodes);
        nodes.forEach(this::addBean);
    }

    public List<NodeSlot> nodes() {
        return nodes;
    }

    public Optional<NodeSlot> node(int number) {
        return nodes.stream().filter(n -> n.number() == number).findFirst();
    }

    @Override
    public List<Handler> getHandlers() {
        return List.copyOf(nodes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path == null || !(path.equals(contextPath) || path.startsWith(contextPath + "/"))) {
            return false;
        }
        String kind = docsServerKind(path);
        NodeSlot target = kind != null ? nextLiveNode() : ownOrLiveNode(request.getConnectionMetaData().getConnector());
        if (target == null) {
            Response.writeError(request, response, callback, 503, "no app node is running");
            return true;
        }
        target.count(kind == null ? "other" : kind);
        response.getHeaders().put("X-Devhost-Node", String.valueOf(target.number()));
        return target.handle(request, response, callback);
    }

    private String docsServerKind(String path) {
        if (nodes.size() < 2 || path == null || !path.startsWith(contextPath)) {
            return null;
        }
        String relative = path.substring(contextPath.length());
        return DOCS_SERVER_PATHS.contains(relative) ? relative.substring(relative.lastIndexOf('/') + 1) : null;
    }

    private NodeSlot nextLiveNode() {
        for (int i = 0; i < nodes.size(); i++) {
            NodeSlot candidate = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
            if (candidate.alive()) {
                return candidate;
            }
        }
        return null;
    }

    private NodeSlot ownOrLiveNode(Connector connector) {
        for (NodeSlot node : nodes) {
            if (node.connector() == connector && node.alive()) {
                return node;
            }
        }
        return nodes.stream().filter(NodeSlot::alive).findFirst().orElse(null);
    }
}
