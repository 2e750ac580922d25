package app.docsbridge.core.docs;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

/**
 * Talks to the configured Document Server from Confluence: its command and conversion services, its health check,
 * and downloads of the files it produced. Every request carries the shared-secret JWT (in the body and the header,
 * as the official integrations do); downloads go only to the Docs server's own addresses.
 */
public class DocsClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final Duration REQUEST_TOKEN_TTL = Duration.ofMinutes(5);
    /**
     * Downloads: no byte for this long aborts (the Docs server's own downloads use 2 min for connection and
     * inactivity, docs-api §3), and no download runs longer than the deadline, well inside the Docs server's 10 min
     * callback timeout. System properties let an operator (or the dev host's fault tests) change them.
     */
    static final Duration DOWNLOAD_IDLE = durationProperty("onlyoffice.docs.download.idleMillis",
            Duration.ofSeconds(60));
    static final Duration DOWNLOAD_DEADLINE = durationProperty("onlyoffice.docs.download.deadlineMillis",
            Duration.ofMinutes(5));

    private final AppSettings settings;
    private final TimeSource time;
    private final Duration downloadIdle;
    private final Duration downloadDeadline;
    private volatile HttpClient verifyingClient;
    private volatile HttpClient trustingClient;

    public DocsClient(AppSettings settings, TimeSource time) {
        this(settings, time, DOWNLOAD_IDLE, DOWNLOAD_DEADLINE);
    }

    /** A client with other download bounds than the defaults (tests, tools). */
    public static DocsClient withDownloadBounds(AppSettings settings, TimeSource time, Duration idle,
                                                Duration deadline) {
        return new DocsClient(settings, time, idle, deadline);
    }

    private DocsClient(AppSettings settings, TimeSource time, Duration downloadIdle, Duration downloadDeadline) {
        this.settings = settings;
        this.time = time;
        this.downloadIdle = downloadIdle;
        this.downloadDeadline = downloadDeadline;
    }

    private static Duration durationProperty(String name, Duration fallback) {
        try {
            long millis = Long.parseLong(System.getProperty(name, ""));
            return millis > 0 ? Duration.ofMillis(millis) : fallback;
        } catch (NumberFormatException | SecurityException e) {
            return fallback;
        }
    }

    /**
     * Streams a file the Document Server produced; the link must point at the configured Docs server. Every read of
     * the body is bounded (idle timeout and overall deadline): a stalled server fails the read, it never hangs it.
     */
    public DocsDownload fetch(String link) throws ForeignUrlException, IOException {
        return fetch(settings.snapshot(), link);
    }

    /** As {@link #fetch(String)}, with settings that may not be saved yet (the connection test). */
    public DocsDownload fetch(AppSettings.Snapshot s, String link) throws ForeignUrlException, IOException {
        URI uri = new DocsOrigins(s.docsUrl(), s.docsInternalUrl()).resolve(link);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<InputStream> response = send(s, request,
                info -> new BoundedBody(downloadIdle, downloadDeadline));
        if (response.statusCode() != 200) {
            response.body().close();
            throw failure(response.statusCode(), "download");
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new DocsDownload(response.body(), length);
    }

    /** Sends a command ({@code c} = version, info, forcesave, drop, …) and returns the server's JSON answer. */
    public Map<String, Object> command(Map<String, Object> command) throws IOException {
        return postJson(settings.snapshot(), "/command", command);
    }

    public Map<String, Object> command(AppSettings.Snapshot s, Map<String, Object> command) throws IOException {
        return postJson(s, "/command", command);
    }

    /** Sends a conversion request and returns the server's JSON answer. */
    public Map<String, Object> convert(Map<String, Object> request) throws IOException {
        return postJson(settings.snapshot(), "/converter", request);
    }

    public Map<String, Object> convert(AppSettings.Snapshot s, Map<String, Object> request) throws IOException {
        return postJson(s, "/converter", request);
    }

    /** {@code true} when the Docs server's health check answers {@code true}. */
    public boolean healthy() throws IOException {
        return healthy(settings.snapshot());
    }

    public boolean healthy(AppSettings.Snapshot s) throws IOException {
        return health(s).state() == Health.State.HEALTHY;
    }

    /**
     * What {@code GET /healthcheck} says (docs-api §7): HTTP 200 with {@code true} when every service of the Docs
     * server is fine, 200 with {@code false} when one is not, and a 5xx when the server or its proxy is not ready.
     * Anything else (a 404, a redirect to a login page, an HTML page) means the address is not a Docs server.
     */
    public Health health(AppSettings.Snapshot s) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(s.docsInternalUrl() + "/healthcheck"))
                .timeout(CONNECT_TIMEOUT).GET().build();
        HttpResponse<String> response = send(s, request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body().trim();
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        String seen = "HTTP " + status + (type.isEmpty() ? "" : ", " + type);
        if (status == 200 && body.equalsIgnoreCase("true")) {
            return new Health(Health.State.HEALTHY, seen);
        }
        if ((status == 200 && body.equalsIgnoreCase("false")) || status == 502 || status == 503 || status == 504) {
            return new Health(Health.State.UNHEALTHY, seen);
        }
        return new Health(Health.State.NOT_DOCS, seen);
    }

    /** The health check's verdict and what was seen ("HTTP 404, text/html"), for messages. */
    public record Health(State state, String seen) {
        public enum State { HEALTHY, UNHEALTHY, NOT_DOCS }
    }

    private Map<String, Object> postJson(AppSettings.Snapshot s, String path, Map<String, Object> body)
            throws IOException {
        if (!s.isConfigured()) {
            throw new DocsRejectedException("the Docs address is not configured");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(s.docsInternalUrl() + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        Object payload = body;
        if (s.jwtSecret().isPresent()) {
            JwtCodec codec = new JwtCodec(s.jwtSecret().get(), new TimeSourceClock(time));
            // Only what is inside the token counts for the Document Server; the header copy helps older versions.
            payload = withToken(body, codec.sign(body, REQUEST_TOKEN_TTL));
            request.header(s.jwtHeader(), "Bearer " + codec.sign(Map.of("payload", body), REQUEST_TOKEN_TTL));
        }
        request.POST(HttpRequest.BodyPublishers.ofString(Json.write(payload)));
        HttpResponse<String> response = send(s, request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw failure(response.statusCode(), path);
        }
        try {
            return Json.readObject(response.body());
        } catch (IOException e) {
            throw new DocsRejectedException(path + " answered something other than JSON");
        }
    }

    private static Map<String, Object> withToken(Map<String, Object> body, String token) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
        copy.put("token", token);
        return copy;
    }

    private <T> HttpResponse<T> send(AppSettings.Snapshot s, HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        try {
            return client(s.flag("verifyCertificates")).send(request, handler);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new DocsUnavailableException("cannot connect to the Docs server at " + request.uri().getHost(), e);
        } catch (HttpTimeoutException e) {
            throw new DocsStalledException("the Docs server did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocsUnavailableException("interrupted while talking to the Docs server", e);
        } catch (IOException e) {
            throw new DocsUnavailableException("connection to the Docs server failed: " + e.getMessage(), e);
        }
    }

    private static IOException failure(int status, String what) {
        String message = "the Docs server answered HTTP " + status + " to " + what;
        return status >= 500 || status == 429 ? new DocsUnavailableException(message) : new DocsRejectedException(message);
    }

    private HttpClient client(boolean verifyCertificates) {
        if (verifyCertificates) {
            if (verifyingClient == null) {
                verifyingClient = builder().build();
            }
            return verifyingClient;
        }
        if (trustingClient == null) {
            trustingClient = builder().sslContext(trustAll()).build();
        }
        return trustingClient;
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER);
    }

    /** Only when the administrator switched certificate verification off (self-signed test servers). */
    private static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
