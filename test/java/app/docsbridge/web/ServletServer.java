package app.docsbridge.web;

import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The app's servlets in an embedded Jetty 12 on 127.0.0.1, under a Confluence-like context path. */
final class ServletServer implements AutoCloseable {

    private final Server server;
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServletServer(Server server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** Starts the servlets, each under its path (e.g. {@code /plugins/servlet/onlyoffice/file}). */
    static ServletServer start(String contextPath, Map<String, HttpServlet> servlets) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath(contextPath);
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        server.setHandler(context);
        server.start();
        return new ServletServer(server, "http://127.0.0.1:" + connector.getLocalPort() + contextPath);
    }

    /** {@code http://127.0.0.1:<port><contextPath>} */
    String baseUrl() {
        return baseUrl;
    }

    HttpResponse<byte[]> get(String url, String... headers) throws IOException, InterruptedException {
        return send(request(url, headers).GET().build());
    }

    HttpResponse<byte[]> post(String url, byte[] body, String... headers) throws IOException, InterruptedException {
        return send(request(url, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<byte[]> post(String url, String body, String... headers) throws IOException, InterruptedException {
        return post(url, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : baseUrl + url))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
