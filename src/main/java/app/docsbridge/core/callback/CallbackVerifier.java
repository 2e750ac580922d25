package app.docsbridge.core.callback;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.links.CallbackLink;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.TimeSource;

import java.util.Map;
import java.util.Optional;

/**
 * Trusts a callback only when our own link token and the Document Server's JWT both verify. The body token comes
 * first (it always holds the complete data); the header token's {@code payload} is the fallback. Plain body
 * fields are never read.
 */
final class CallbackVerifier {

    private final SignedLinks links;
    private final TimeSource time;

    CallbackVerifier(SignedLinks links, TimeSource time) {
        this.links = links;
        this.time = time;
    }

    VerifiedCallback verify(CallbackRequest request, Optional<String> secret) throws InvalidTokenException {
        CallbackLink link = links.verifyCallback(request.linkToken());
        if (secret.isEmpty()) {
            throw new InvalidTokenException("no JWT secret is configured; unsigned callbacks are refused");
        }
        JwtCodec codec = new JwtCodec(secret.get(), new TimeSourceClock(time));
        Map<String, Object> payload;
        Object bodyToken = request.body() == null ? null : request.body().get("token");
        if (bodyToken instanceof String token && !token.isBlank()) {
            payload = codec.verify(token);
        } else {
            Map<String, Object> wrapped = codec.verify(JwtCodec.fromHeader(request.jwtHeaderValue()));
            if (!(wrapped.get("payload") instanceof Map<?, ?> inner)) {
                throw new InvalidTokenException("header token carries no payload");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> innerPayload = (Map<String, Object>) inner;
            payload = innerPayload;
        }
        if (!link.documentKey().equals(payload.get("key"))) {
            throw new InvalidTokenException("callback is for another document key");
        }
        return new VerifiedCallback(link, payload);
    }
}
