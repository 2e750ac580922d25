package app.docsbridge.core.jwt;

import app.docsbridge.testing.DocsTokens;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtCodecTest {

    private static final String SECRET = "a-secret-the-docs-server-shares";
    private static final Instant NOW = Instant.parse("2026-03-29T10:00:00Z");

    private static JwtCodec codecAt(Instant now) {
        return new JwtCodec(SECRET, Clock.fixed(now, ZoneOffset.UTC));
    }

    private final JwtCodec codec = codecAt(NOW);

    @Test
    void sign_shouldRoundTripNestedClaimsWithIatAndExp() throws InvalidTokenException {
        Map<String, Object> claims = Map.of(
                "document", Map.of("key", "k-1", "permissions", Map.of("edit", true)),
                "users", List.of("u1", "u2"),
                "status", 2);

        String token = codec.sign(claims, Duration.ofMinutes(5));
        Map<String, Object> verified = codec.verify(token);

        assertEquals(claims.get("document"), verified.get("document"));
        assertEquals(List.of("u1", "u2"), verified.get("users"));
        assertEquals(2, verified.get("status"));
        assertEquals(NOW.getEpochSecond(), ((Number) verified.get("iat")).longValue());
        assertEquals(NOW.plusSeconds(300).getEpochSecond(), ((Number) verified.get("exp")).longValue());
    }

    @Test
    void signObject_shouldSignTheGivenJsonWithIatAndExpAndMatchTheLibrarysSignature() throws Exception {
        String token = codec.signObject("{\"a\":1,\"b\":{\"c\":\"d\"}}", Duration.ofMinutes(2));

        Map<String, Object> claims = codec.verify(token);
        assertEquals(1, claims.get("a"));
        assertEquals(Map.of("c", "d"), claims.get("b"));
        assertEquals(NOW.getEpochSecond(), ((Number) claims.get("iat")).longValue());
        assertEquals(NOW.plusSeconds(120).getEpochSecond(), ((Number) claims.get("exp")).longValue());
        // The same header, payload and signature as the JWT library would make.
        String[] parts = token.split("\\.");
        assertEquals("HS256", JWT.decode(token).getAlgorithm());
        assertEquals("JWT", JWT.decode(token).getType());
        byte[] mac = Algorithm.HMAC256(SECRET).sign(parts[0].getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                parts[1].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac), parts[2]);
        assertEquals(Map.of("iat", NOW.getEpochSecond(), "exp", NOW.plusSeconds(60).getEpochSecond()),
                new java.util.HashMap<>(codec.verify(codec.signObject("{}", Duration.ofMinutes(1)))).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                e -> ((Number) e.getValue()).longValue())));
    }

    @Test
    void signers_withDifferentSecretsOnOneThread_shouldEachUseTheirOwn() throws Exception {
        JwtCodec other = new JwtCodec("another-secret", java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        String mine = codec.sign(Map.of("x", 1), Duration.ofMinutes(1));
        String theirs = other.sign(Map.of("x", 1), Duration.ofMinutes(1));
        codec.verify(mine);
        other.verify(theirs);
        assertThrows(InvalidTokenException.class, () -> codec.verify(theirs));
    }

    @Test
    void sign_shouldUseHs256() {
        String token = codec.sign(Map.of("a", 1), Duration.ofMinutes(1));

        assertEquals("HS256", JWT.decode(token).getAlgorithm());
    }

    @Test
    void verify_shouldAcceptTokensOfTheDocsServersOtherHmacAlgorithms() throws InvalidTokenException {
        for (Algorithm algorithm : List.of(Algorithm.HMAC256(SECRET), Algorithm.HMAC384(SECRET),
                Algorithm.HMAC512(SECRET))) {
            String token = DocsTokens.sign(algorithm, Map.of("key", "abc"), NOW, Duration.ofMinutes(5));

            assertEquals("abc", codec.verify(token).get("key"), algorithm.getName());
        }
    }

    @Test
    void verify_shouldKeepEachAlgorithmsMacApartAndRefuseSignaturesThatAreNotBase64Url() throws Exception {
        // The same secret on one thread, alternating algorithms: a Mac kept for one must never serve another.
        for (int round = 0; round < 3; round++) {
            for (Algorithm algorithm : List.of(Algorithm.HMAC512(SECRET), Algorithm.HMAC256(SECRET),
                    Algorithm.HMAC384(SECRET))) {
                String token = DocsTokens.sign(algorithm, Map.of("key", "k" + round), NOW, Duration.ofMinutes(5));
                assertEquals("k" + round, codec.verify(token).get("key"), algorithm.getName());
            }
        }
        // An HS256 signature under a header that says HS512 is refused.
        String hs256 = DocsTokens.sign(Algorithm.HMAC256(SECRET), Map.of("key", "abc"), NOW, Duration.ofMinutes(5));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String relabelled = b64.encodeToString("{\"alg\":\"HS512\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + hs256.substring(hs256.indexOf('.'));
        assertThrows(InvalidTokenException.class, () -> codec.verify(relabelled));
        String notBase64 = hs256.substring(0, hs256.lastIndexOf('.') + 1) + "not*base64!";
        assertThrows(InvalidTokenException.class, () -> codec.verify(notBase64));
    }

    @Test
    void verify_shouldRejectAlgNone() {
        String token = DocsTokens.unsigned("{\"key\":\"abc\",\"exp\":" + NOW.plusSeconds(300).getEpochSecond() + "}");

        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> codec.verify(token));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }

    @Test
    void verify_shouldRejectAlgNoneEvenWithAValidLookingSignatureAppended() {
        String good = codec.sign(Map.of("key", "abc"), Duration.ofMinutes(5));
        String forged = DocsTokens.unsigned("{\"key\":\"abc\"}") + good.substring(good.lastIndexOf('.') + 1);

        assertThrows(InvalidTokenException.class, () -> codec.verify(forged));
    }

    @Test
    void verify_shouldRejectAlgorithmsOtherThanHmac() {
        // Header says RS256 (algorithm confusion), signature made with HMAC over the secret.
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString("{\"key\":\"abc\"}".getBytes(StandardCharsets.UTF_8));
        byte[] signature = Algorithm.HMAC256(SECRET).sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        String token = signingInput + "." + b64.encodeToString(signature);

        assertThrows(InvalidTokenException.class, () -> codec.verify(token));
    }

    @Test
    void verify_shouldRejectWrongSecret() {
        String token = DocsTokens.sign(Algorithm.HMAC256("another-secret"), Map.of("key", "abc"), NOW,
                Duration.ofMinutes(5));

        assertThrows(InvalidTokenException.class, () -> codec.verify(token));
    }

    @Test
    void verify_shouldRejectTamperedPayload() {
        String token = codec.sign(Map.of("status", 1, "key", "abc"), Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"status\":1", "\"status\":2");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThrows(InvalidTokenException.class, () -> codec.verify(tampered));
    }

    @Test
    void verify_shouldRejectTamperedSignature() {
        String token = codec.sign(Map.of("key", "abc"), Duration.ofMinutes(5));
        char last = token.charAt(token.length() - 5);
        String tampered = token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A')
                + token.substring(token.length() - 4);

        assertThrows(InvalidTokenException.class, () -> codec.verify(tampered));
    }

    @Test
    void verify_shouldRejectTokenExpiredBeyondTheSixtySecondLeeway() {
        String token = codec.sign(Map.of("key", "abc"), Duration.ofMinutes(5));

        InvalidTokenException e = assertThrows(InvalidTokenException.class,
                () -> codecAt(NOW.plusSeconds(300 + 61)).verify(token));
        assertEquals("token expired", e.getMessage());
    }

    @Test
    void verify_shouldTellAnExpiredTokenOfOursByItsClaimsButNotAnExpiredForeignOne() {
        String ours = codec.sign(Map.of("key", "abc"), Duration.ofMinutes(5));
        ExpiredTokenException expired = assertThrows(ExpiredTokenException.class,
                () -> codecAt(NOW.plusSeconds(300 + 61)).verify(ours));
        assertEquals("abc", expired.claims().get("key"));

        String foreign = new JwtCodec("another-secret", Clock.fixed(NOW, ZoneOffset.UTC))
                .sign(Map.of("key", "abc"), Duration.ofMinutes(5));
        InvalidTokenException refused = assertThrows(InvalidTokenException.class,
                () -> codecAt(NOW.plusSeconds(300 + 61)).verify(foreign));
        assertFalse(refused instanceof ExpiredTokenException, "the signature is checked before the expiry");
    }

    @Test
    void verify_shouldAcceptTokenExpiredWithinTheLeeway() throws InvalidTokenException {
        String token = codec.sign(Map.of("key", "abc"), Duration.ofMinutes(5));

        assertEquals("abc", codecAt(NOW.plusSeconds(300 + 59)).verify(token).get("key"));
    }

    @Test
    void verify_shouldRejectTokenNotYetValidBeyondTheLeeway() {
        String token = JWT.create().withClaim("key", "abc").withNotBefore(Date.from(NOW.plusSeconds(120)))
                .sign(Algorithm.HMAC256(SECRET));

        assertThrows(InvalidTokenException.class, () -> codec.verify(token));
    }

    @Test
    void verify_shouldAcceptTokenWithoutExp() throws InvalidTokenException {
        // exp is optional in the protocol; the Document Server accepts such tokens too.
        String token = JWT.create().withClaim("key", "abc").sign(Algorithm.HMAC256(SECRET));

        assertEquals("abc", codec.verify(token).get("key"));
    }

    @Test
    void verify_shouldRejectMissingBlankAndMalformedTokens() {
        assertThrows(InvalidTokenException.class, () -> codec.verify(null));
        assertThrows(InvalidTokenException.class, () -> codec.verify(""));
        assertThrows(InvalidTokenException.class, () -> codec.verify("   "));
        assertThrows(InvalidTokenException.class, () -> codec.verify("not-a-jwt"));
        assertThrows(InvalidTokenException.class, () -> codec.verify("a.b.c"));
    }

    @Test
    void verify_shouldTolerateSurroundingWhitespace() throws InvalidTokenException {
        String token = codec.sign(Map.of("key", "abc"), Duration.ofMinutes(5));

        assertEquals("abc", codec.verify("  " + token + "\n").get("key"));
    }

    @Test
    void constructor_shouldRequireASecret() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThrows(IllegalArgumentException.class, () -> new JwtCodec(null, clock));
        assertThrows(IllegalArgumentException.class, () -> new JwtCodec("", clock));
    }

    @Test
    void fromHeader_shouldStripBearerPrefixCaseInsensitively() {
        assertEquals("abc.def.ghi", JwtCodec.fromHeader("Bearer abc.def.ghi"));
        assertEquals("abc.def.ghi", JwtCodec.fromHeader("bearer abc.def.ghi"));
        assertEquals("abc.def.ghi", JwtCodec.fromHeader("  BEARER   abc.def.ghi  "));
    }

    @Test
    void fromHeader_shouldKeepABareToken() {
        assertEquals("abc.def.ghi", JwtCodec.fromHeader("abc.def.ghi"));
    }

    @Test
    void fromHeader_shouldReturnNullWhenThereIsNoToken() {
        assertNull(JwtCodec.fromHeader(null));
        assertNull(JwtCodec.fromHeader(""));
        assertNull(JwtCodec.fromHeader("   "));
        assertNull(JwtCodec.fromHeader("Bearer "));
        assertNull(JwtCodec.fromHeader("Bearer    "));
    }
}
