package app.docsbridge.testing;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens as the Document Server makes them (docs-api §4.5, §3): the flat body token, the header token wrapping
 * {@code {"payload": …}}, both with {@code iat} and {@code exp = iat + 5 min}. Signed with java-jwt directly, so the
 * tests do not depend on the code under test to make them.
 */
public final class DocsTokens {

    public static final Duration DOCS_TTL = Duration.ofMinutes(5);

    private DocsTokens() {
    }

    public static String flat(String secret, Map<String, ?> claims, Instant issuedAt) {
        return sign(Algorithm.HMAC256(secret), claims, issuedAt, DOCS_TTL);
    }

    public static String wrapped(String secret, Map<String, ?> payload, Instant issuedAt) {
        return sign(Algorithm.HMAC256(secret), Map.of("payload", payload), issuedAt, DOCS_TTL);
    }

    public static String sign(Algorithm algorithm, Map<String, ?> claims, Instant issuedAt, Duration ttl) {
        return JWT.create().withPayload(claims).withIssuedAt(Date.from(issuedAt))
                .withExpiresAt(Date.from(issuedAt.plus(ttl))).sign(algorithm);
    }

    /** An unsigned token ({@code alg: none}) carrying {@code payloadJson}. */
    public static String unsigned(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** A callback body as the Document Server posts it: the fields plus the flat {@code token}. */
    public static Map<String, Object> body(String secret, Map<String, Object> fields, Instant issuedAt) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("token", flat(secret, fields, issuedAt));
        return body;
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
