package app.docsbridge.testing;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.TimeSource;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Programs a {@link FakeDocsServer} to act like a working Document Server with JWT on (docs-api §5–§7): the
 * health check says {@code true}; {@code /command} and {@code /converter} take their parameters only from the body
 * token and refuse a bad one ({@code error 6} / {@code -8}); {@code version} answers {@link #VERSION}; a conversion
 * really downloads its {@code url} (answering {@code -4} when that fails) and returns a {@code fileUrl} on this
 * server whose bytes start with {@code PK}. Tests change single routes afterwards to break one thing.
 */
public final class ScriptedDocs {

    public static final String VERSION = "9.3.1.11";
    public static final byte[] RESULT = "PK\u0003\u0004 pretend docx".getBytes(StandardCharsets.ISO_8859_1);

    /** One download the "Docs server" made of a conversion's source. */
    public record Download(String url, int status, String body) {
    }

    private final FakeDocsServer docs;
    private final TimeSource time;
    private volatile String secret;
    private final List<Download> downloads = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ScriptedDocs(FakeDocsServer docs, String secret, TimeSource time) {
        this.docs = docs;
        this.secret = secret;
        this.time = time;
    }

    /** Installs the behaviour; {@code secret} is the Docs server's JWT secret, checked at {@code time}. */
    public static ScriptedDocs install(FakeDocsServer docs, String secret, TimeSource time) {
        ScriptedDocs scripted = new ScriptedDocs(docs, secret, time);
        docs.route("/healthcheck", seen -> FakeDocsServer.Answer.text(200, "true"));
        docs.command(scripted::command);
        docs.converter(scripted::convert);
        return scripted;
    }

    /** Changes the secret the Docs server expects. */
    public ScriptedDocs secret(String value) {
        this.secret = value;
        return this;
    }

    /** The conversions' source downloads, in order. */
    public List<Download> downloads() {
        return List.copyOf(downloads);
    }

    private Map<String, Object> command(Map<String, Object> body) {
        Map<String, Object> params = verified(body);
        if (params == null) {
            return Map.of("error", 6);
        }
        if ("version".equals(params.get("c"))) {
            return Map.of("error", 0, "version", VERSION);
        }
        return Map.of("error", 5);
    }

    private Map<String, Object> convert(Map<String, Object> body) {
        Map<String, Object> params = verified(body);
        if (params == null) {
            return Map.of("error", -8);
        }
        String url = String.valueOf(params.get("url"));
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            downloads.add(new Download(url, response.statusCode(), response.body()));
            if (response.statusCode() != 200) {
                return Map.of("error", -4);
            }
        } catch (IOException | IllegalArgumentException e) {
            downloads.add(new Download(url, -1, e.toString()));
            return Map.of("error", -4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of("error", -4);
        }
        String key = String.valueOf(params.get("key"));
        String path = "/cache/files/data/conv_" + key + "_docx/output.docx";
        String fileUrl = docs.serve(path + "?md5=abc&expires=1774778400&filename=output.docx", RESULT);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("fileUrl", fileUrl);
        answer.put("fileType", "docx");
        answer.put("percent", 100);
        answer.put("endConvert", true);
        return answer;
    }

    /** The parameters inside a valid body token, as the Document Server reads them; null when refused. */
    private Map<String, Object> verified(Map<String, Object> body) {
        String current = secret;
        if (current == null || !(body.get("token") instanceof String token)) {
            return null;
        }
        try {
            JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(current))
                    .acceptLeeway(60)).build(Clock.fixed(time.now(), ZoneOffset.UTC));
            String payload = verifier.verify(token).getPayload();
            return Json.readObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (JWTVerificationException | IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
