package app.docsbridge.core.jwt;

import app.docsbridge.core.json.Json;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HMAC JSON Web Tokens as ONLYOFFICE Docs uses them. Signs with HS256; accepts HS256, HS384 and HS512 (all of which
 * the Document Server may be configured to use) and nothing else, so {@code alg: none} never passes.
 */
public final class JwtCodec {

    /** The Document Server accepts 60 s of clock skew; we grant the same to its tokens. */
    public static final long LEEWAY_SECONDS = 60;

    private final byte[] secret;
    private final Clock clock;

    public JwtCodec(String secret, Clock clock) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a JWT secret is required");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Signs {@code claims} plus {@code iat} and {@code exp = now + ttl}. */
    public String sign(Map<String, ?> claims, Duration ttl) {
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>(claims);
        payload.put("iat", now.getEpochSecond());
        payload.put("exp", now.plus(ttl).getEpochSecond());
        return signPayload(Json.write(payload));
    }

    /**
     * Signs a JSON object the caller serialized already (with the app's mapper), plus {@code iat} and {@code exp}:
     * the editor page embeds the same text it signs, so the config is serialized once.
     */
    public String signObject(String jsonObject, Duration ttl) {
        String json = jsonObject.strip();
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new IllegalArgumentException("a JSON object is required");
        }
        Instant now = clock.instant();
        String times = "\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(ttl).getEpochSecond() + "}";
        String body = json.substring(0, json.length() - 1).strip();
        return signPayload(body + (body.equals("{") ? "" : ",") + times);
    }

    // HS256 by hand (RFC 7515): the header never changes, and the Mac is kept per thread (HmacSha256) instead of
    // being looked up and keyed for every token: three tokens per editor page. Verification stays with the library,
    // with the same per-thread Macs (KeptMacAlgorithm).
    private static final String HEADER = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private String signPayload(String payloadJson) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = HEADER + "." + base64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        byte[] signature = HmacSha256.sign(secret, signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64.encodeToString(signature);
    }

    /** Verifies the signature and, when present, {@code exp}/{@code nbf}; returns every claim of the payload. */
    public Map<String, Object> verify(String token) throws InvalidTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        DecodedJWT decoded;
        try {
            decoded = JWT.decode(token.trim());
        } catch (JWTDecodeException e) {
            throw new InvalidTokenException("malformed token", e);
        }
        JWTVerifier verifier = ((com.auth0.jwt.JWTVerifier.BaseVerification) JWT.require(algorithm(decoded))
                .acceptLeeway(LEEWAY_SECONDS))
                .build(clock);
        try {
            verifier.verify(decoded);
        } catch (TokenExpiredException e) {
            // Signed by us (the signature is checked before the time claims), only too old.
            throw new ExpiredTokenException(payload(decoded), e);
        } catch (JWTVerificationException e) {
            throw new InvalidTokenException("token signature or claims invalid", e);
        }
        return payload(decoded);
    }

    private static Map<String, Object> payload(DecodedJWT decoded) throws InvalidTokenException {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(decoded.getPayload());
            return new LinkedHashMap<>(Json.readObject(new String(payload, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTokenException("token payload is not a JSON object", e);
        }
    }

    private Algorithm algorithm(DecodedJWT decoded) throws InvalidTokenException {
        String alg = decoded.getAlgorithm();
        if (alg == null) {
            throw new InvalidTokenException("token names no algorithm");
        }
        return switch (alg) {
            case "HS256" -> new KeptMacAlgorithm(alg, "HmacSHA256", secret);
            case "HS384" -> new KeptMacAlgorithm(alg, "HmacSHA384", secret);
            case "HS512" -> new KeptMacAlgorithm(alg, "HmacSHA512", secret);
            default -> throw new InvalidTokenException("algorithm " + alg + " is not accepted");
        };
    }

    /** Strips an optional {@code Bearer } prefix from a header value; null when there is no token. */
    public static String fromHeader(String headerValue) {
        if (headerValue == null) {
            return null;
        }
        String value = headerValue.trim();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            value = value.substring(7).trim();
        } else if (value.equalsIgnoreCase("Bearer")) {
            return null; // "Bearer " with nothing after it, trimmed above
        }
        return value.isEmpty() ? null : value;
    }
}
