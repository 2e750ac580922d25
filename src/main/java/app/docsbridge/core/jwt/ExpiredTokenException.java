package app.docsbridge.core.jwt;

import java.util.Map;

/**
 * A token that was signed with our secret but has expired. It grants nothing; its claims only help to say what it
 * was for (an expired download link's way back to the file's page). The signature is checked before the expiry
 * (com.auth0 JWTVerifier: algorithm and signature first, then the time claims), so the claims are ours.
 */
public class ExpiredTokenException extends InvalidTokenException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> claims;

    public ExpiredTokenException(Map<String, Object> claims, Throwable cause) {
        super("token expired", cause);
        this.claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
    }

    public Map<String, Object> claims() {
        return claims;
    }
}
