package app.docsbridge.core.jwt;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HmacSha256Test {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] reference(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    @Test
    void sign_shouldMatchRfc4231TestCase2() {
        // RFC 4231 §4.3: key "Jefe", data "what do ya want for nothing?".
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HexFormat.of().formatHex(HmacSha256.sign(bytes("Jefe"), bytes("what do ya want for nothing?"))));
    }

    @Test
    void sign_shouldKeepEachKeyApartWhenKeysAlternateAndMoreKeysThanTheThreadKeeps() throws Exception {
        // An editor page alternates the JWT secret and the link secret; a changed secret must take effect at once.
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 7; k++) {
                byte[] key = bytes("secret-" + k);
                byte[] data = bytes("payload " + round + "/" + k);
                assertArrayEquals(reference(key, data), HmacSha256.sign(key, data), "key " + k + ", round " + round);
            }
        }
    }

    @Test
    void sign_shouldNotBeFooledByTheCallerChangingItsKeyArrayAfterwards() throws Exception {
        byte[] key = bytes("first-secret");
        byte[] data = bytes("data");
        HmacSha256.sign(key, data);
        key[0] = 'F';
        assertArrayEquals(reference(bytes("First-secret"), data), HmacSha256.sign(key, data));
    }

    @Test
    void sign_shouldGiveTheSameResultOnManyThreadsAtOnce() throws Exception {
        byte[] expected = reference(bytes("shared"), bytes("same input"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<byte[]> task = () -> {
                byte[] last = null;
                for (int i = 0; i < 200; i++) {
                    last = HmacSha256.sign(bytes(i % 2 == 0 ? "shared" : "other"), bytes("same input"));
                    if (i % 2 == 0) {
                        assertArrayEquals(expected, last);
                    }
                }
                return HmacSha256.sign(bytes("shared"), bytes("same input"));
            };
            List<Future<byte[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(task));
            }
            for (Future<byte[]> result : results) {
                assertArrayEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
