package app.docsbridge.testing;

import app.docsbridge.core.json.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny stand-in for the Document Server on 127.0.0.1: serves result files from its "cache" (with or without a
 * Content-Length), answers {@code /converter}, {@code /command} and {@code /healthcheck} as programmed, and records
 * every request.
 */
public final class FakeDocsServer implements AutoCloseable {

    /** One recorded request. */
    public record Seen(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A programmed answer. */
    public record Answer(int status, String contentType, byte[] body, boolean chunked, String location) {

        public static Answer json(Map<String, Object> value) {
            return new Answer(200, "application/json", Json.write(value).getBytes(StandardCharsets.UTF_8), false, null);
        }

        public static Answer text(int status, String text) {
            return new Answer(status, "text/plain", text.getBytes(StandardCharsets.UTF_8), false, null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Function<Seen, Answer>> routes = new ConcurrentHashMap<>();
    private final Map<String, byte[][]> stalls = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Seen> requests = new CopyOnWriteArrayList<>();

    public FakeDocsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-docs");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        converter(request -> Map.of("error", -1));
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code bytes} at {@code path} (with a Content-Length) and returns the absolute URL (query included). */
    public String serve(String path, byte[] bytes) {
        return serve(path, bytes, false);
    }

    /** {@code chunked}: no Content-Length, the length is unknown until the stream ends. */
    public String serve(String path, byte[] bytes, boolean chunked) {
        return route(path, seen -> new Answer(200, "application/octet-stream", bytes, chunked, null));
    }

    /** Answers {@code path} with an HTTP status and no file. */
    /**
     * A Docs server that sends the headers (announcing {@code announced} bytes) and {@code head}, then stalls until it
     * is closed.
     */
    public String stall(String path, byte[] head, long announced) {
        stalls.put(stripQuery(path), new byte[][] {head, Long.toString(announced).getBytes(StandardCharsets.US_ASCII)});
        return baseUrl() + path;
    }

    public String fail(String path, int status) {
        return route(path, seen -> new Answer(status, null, new byte[0], false, null));
    }

    /** Answers {@code path} with a 302 to {@code location}. */
    public String redirect(String path, String location) {
        return route(path, seen -> new Answer(302, null, new byte[0], false, location));
    }

    /** Answers {@code path} (query ignored) with whatever {@code answer} returns; gives the absolute URL. */
    public String route(String path, Function<Seen, Answer> answer) {
        routes.put(stripQuery(path), answer);
        return baseUrl() + path;
    }

    /** Programs {@code /converter}: the function gets the parsed JSON body and returns the JSON answer. */
    public void converter(Function<Map<String, Object>, Map<String, Object>> answer) {
        jsonEndpoint("/converter", answer);
    }

    /** Programs {@code /command}. */
    public void command(Function<Map<String, Object>, Map<String, Object>> answer) {
        jsonEndpoint("/command", answer);
    }

    private void jsonEndpoint(String path, Function<Map<String, Object>, Map<String, Object>> answer) {
        route(path, seen -> {
            try {
                return Answer.json(answer.apply(Json.readObject(seen.body())));
            } catch (IOException e) {
                return Answer.text(400, "not json");
            }
        });
    }

    public List<Seen> requests() {
        return List.copyOf(requests);
    }

    public List<Seen> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            Seen seen = new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(seen);
            byte[][] stall = stalls.get(path);
            if (stall != null) {
                exchange.sendResponseHeaders(200, Long.parseLong(new String(stall[1], StandardCharsets.US_ASCII)));
                OutputStream out = exchange.getResponseBody();
                out.write(stall[0]);
                out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            Function<Seen, Answer> route = routes.get(path);
            Answer answer = route == null ? new Answer(404, null, new byte[0], false, null) : route.apply(seen);
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            if (answer.body().length == 0 && !answer.chunked()) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(answer.status(), answer.chunked() ? 0 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
