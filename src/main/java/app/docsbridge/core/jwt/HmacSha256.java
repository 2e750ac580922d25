package app.docsbridge.core.jwt;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * HMAC-SHA256 with a {@link Mac} kept per thread and key, instead of looking one up in the security providers and
 * keying it for every signature: an editor page makes five (the config token, two signed links and the document
 * key), with two keys (the JWT secret and the app's link secret), and the look-up was a good part of its CPU.
 * Keyed by the key's bytes, so a changed secret takes effect at once; a thread keeps a few keys at most. Verifying
 * the Document Server's tokens uses the same Macs ({@link KeptMacAlgorithm}), also for HS384 and HS512.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEYS_PER_THREAD = 4;
    private static final ThreadLocal<Map<Key, Mac>> MACS = ThreadLocal.withInitial(HashMap::new);

    private HmacSha256() {
    }

    /** The 32-byte HMAC-SHA256 of {@code data} under {@code key}. */
    public static byte[] sign(byte[] key, byte[] data) {
        return mac(ALGORITHM, key, data);
    }

    /** The HMAC of {@code data} under {@code key} with a JCA {@code algorithm} such as "HmacSHA512". */
    static byte[] mac(String algorithm, byte[] key, byte[] data) {
        Map<Key, Mac> macs = MACS.get();
        Mac mac = macs.get(new Key(algorithm, key));
        if (mac == null) {
            if (macs.size() >= KEYS_PER_THREAD) {
                macs.clear();
            }
            byte[] copy = key.clone();
            mac = newMac(algorithm, copy);
            macs.put(new Key(algorithm, copy), mac);
        }
        // One doFinal per use: it resets the Mac, so the next signature starts clean.
        return mac.doFinal(data);
    }

    private static Mac newMac(String algorithm, byte[] key) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    private record Key(String algorithm, byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && algorithm.equals(k.algorithm) && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return 31 * algorithm.hashCode() + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Key[" + algorithm + ", " + bytes.length + " bytes]";
        }
    }
}
