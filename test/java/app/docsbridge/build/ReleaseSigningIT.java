package app.docsbridge.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/release signs both jars so that UPM accepts them, checked with openssl exactly as UPM's documentation does
 * ("App signing troubleshooting"): public key from the certificate, base64 signature decoded, then
 * {@code openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in app.jar -sigfile signature}.
 */
class ReleaseSigningIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    static Path tmp;

    private static Path throwaway;

    @BeforeAll
    static void releaseWithoutKey() throws Exception {
        throwaway = tmp.resolve("throwaway");
        Result r = run(List.of("bin/release", "--no-build", "--out", throwaway.toString()));
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.contains("THROW-AWAY"), "must say that it used a throw-away key: " + r.output);
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().remove("RELEASE_SIGNING_KEY");
        pb.environment().remove("RELEASE_SIGNING_CERT");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** UPM's documented check; true when openssl says the signature is valid. */
    private static boolean upmVerifies(Path jar, Path signature, Path certificate) throws Exception {
        Path pub = Files.createTempFile(tmp, "pub", ".pem");
        Path decoded = Files.createTempFile(tmp, "sig", ".bin");
        Result x509 = run(List.of("sh", "-c", "openssl x509 -in '" + certificate + "' -noout -pubkey > '" + pub + "'"));
        assertEquals(0, x509.code, x509.output);
        Result b64 = run(List.of("sh", "-c", "base64 --decode '" + signature + "' > '" + decoded + "'"));
        assertEquals(0, b64.code, b64.output);
        Result verify = run(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pub.toString(), "-rawin",
                "-in", jar.toString(), "-sigfile", decoded.toString()));
        return verify.code == 0 && verify.output.contains("Signature Verified Successfully");
    }

    @Test
    void bothJars_shouldCarryASignatureThatUpmVerifies() throws Exception {
        List<Path> jars = jars(throwaway);
        assertEquals(2, jars.size(), "the Confluence 9 and 10 jars");
        for (Path jar : jars) {
            Path sig = Path.of(jar + ".sig");
            assertTrue(Files.readString(sig).matches("[A-Za-z0-9+/=]+"), "base64, as UPM takes it");
            assertTrue(upmVerifies(jar, sig, throwaway.resolve("app-signing.crt")), jar.toString());
        }
    }

    @Test
    void aChangedJar_shouldFailVerification() throws Exception {
        Path jar = jars(throwaway).get(0);
        Path changed = tmp.resolve("changed.jar");
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 1;
        Files.write(changed, bytes);
        assertFalse(upmVerifies(changed, Path.of(jar + ".sig"), throwaway.resolve("app-signing.crt")));
    }

    @Test
    void theThrowAwayKey_shouldStayOutOfWhatIsHandedOut() throws Exception {
        try (Stream<Path> files = Files.walk(throwaway)) {
            List<String> names = new ArrayList<>(files.map(f -> f.getFileName().toString()).toList());
            assertFalse(names.stream().anyMatch(n -> n.endsWith(".key")), names.toString());
        }
    }

    @Test
    void theUsersKeyAndCertificate_shouldBeUsedWhenGiven() throws Exception {
        Path key = tmp.resolve("own.key");
        Path cert = tmp.resolve("own.crt");
        assertEquals(0, run(List.of("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString())).code);
        assertEquals(0, run(List.of("openssl", "req", "-new", "-x509", "-key", key.toString(), "-out", cert.toString(),
                "-days", "1", "-subj", "/CN=Example Corp app signing")).code);
        Path out = tmp.resolve("own");
        Result r = run(List.of("bin/release", "--no-build", "--key", key.toString(), "--cert", cert.toString(),
                "--out", out.toString()));
        assertEquals(0, r.code, r.output);
        assertFalse(r.output.contains("THROW-AWAY"), r.output);
        assertEquals(Files.readString(cert), Files.readString(out.resolve("app-signing.crt")));
        for (Path jar : jars(out)) {
            assertTrue(upmVerifies(jar, Path.of(jar + ".sig"), cert));
            assertFalse(upmVerifies(jar, Path.of(jar + ".sig"), throwaway.resolve("app-signing.crt")),
                    "another certificate must not verify it");
        }
        assertNotEquals(Files.readString(Path.of(jars(out).get(0) + ".sig")),
                Files.readString(Path.of(jars(throwaway).get(0) + ".sig")));
    }

    @Test
    void aCertificateOfAnotherKey_shouldBeRefused() throws Exception {
        Path key = tmp.resolve("other.key");
        assertEquals(0, run(List.of("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString())).code);
        Result r = run(List.of("bin/release", "--no-build", "--key", key.toString(), "--cert",
                throwaway.resolve("app-signing.crt").toString(), "--out", tmp.resolve("mismatch").toString()));
        assertEquals(2, r.code, r.output);
        assertTrue(r.output.contains("does not belong to the key"), r.output);
    }

    @Test
    void aKeyWithoutItsCertificate_shouldBeRefused() throws Exception {
        Result r = run(List.of("bin/release", "--no-build", "--key", "/nonexistent.key"));
        assertEquals(2, r.code, r.output);
    }
}
