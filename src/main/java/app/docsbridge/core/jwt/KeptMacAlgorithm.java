package app.docsbridge.core.jwt;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * An HMAC algorithm for the JWT library's verifier that takes its {@code Mac} from this thread's ({@link HmacSha256})
 * instead of looking one up and keying it for every token, as the library's own HMAC algorithms do: every callback
 * is verified, and that look-up was a good part of a callback's CPU. The library still checks everything else (the
 * token's algorithm against this one's name, {@code exp}, {@code nbf}, {@code iat}).
 */
final class KeptMacAlgorithm extends Algorithm {

    private final String jcaName;
    private final byte[] secret;

    /** {@code name} as tokens carry it ("HS256"), {@code jcaName} as Java knows it ("HmacSHA256"). */
    KeptMacAlgorithm(String name, String jcaName, byte[] secret) {
        super(name, jcaName);
        this.jcaName = jcaName;
        this.secret = secret; // the codec's own copy, never changed
    }

    @Override
    public void verify(DecodedJWT jwt) throws SignatureVerificationException {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(jwt.getSignature());
        } catch (IllegalArgumentException e) {
            throw new SignatureVerificationException(this, e);
        }
        byte[] expected = sign((jwt.getHeader() + "." + jwt.getPayload()).getBytes(StandardCharsets.US_ASCII));
        // Constant time: how much of a forged signature matched must not show in the time it takes to refuse it.
        if (!MessageDigest.isEqual(expected, given)) {
            throw new SignatureVerificationException(this);
        }
    }

    @Override
    public byte[] sign(byte[] contentBytes) {
        return HmacSha256.mac(jcaName, secret, contentBytes);
    }
}
