package app.docsbridge.core.settings;

import app.docsbridge.core.port.RequestScope;
import app.docsbridge.testing.FixedHostUrls;
import app.docsbridge.testing.LocalClusterLocks;
import app.docsbridge.testing.MemorySettingsStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppSettingsTest {

    private final MemorySettingsStore store = new MemorySettingsStore();
    private final LocalClusterLocks locks = new LocalClusterLocks();
    private final AppSettings settings = new AppSettings(store, FixedHostUrls.of("https://wiki.example.com/confluence/"),
            locks, RequestScope.NONE);

    @Test
    void snapshot_shouldApplySchemaDefaults() {
        AppSettings.Snapshot s = settings.snapshot();

        assertEquals("", s.docsUrl());
        assertFalse(s.isConfigured());
        assertEquals(Optional.empty(), s.jwtSecret());
        assertEquals("Authorization", s.jwtHeader());
        assertTrue(s.flag("verifyCertificates"));
        assertTrue(s.flag("chat"));
        assertFalse(s.flag("forcesave"));
        assertEquals(Set.of(), s.lossyEditable());
        assertEquals("original", s.raw("reviewDisplay"));
    }

    @Test
    void snapshot_shouldTrimTrailingSlashesOfAddresses() {
        store.put("docsUrl", " https://docs.example.com/office// ").put("docsInternalUrl", "http://docs:8080/");

        AppSettings.Snapshot s = settings.snapshot();

        assertEquals("https://docs.example.com/office", s.docsUrl());
        assertEquals("http://docs:8080", s.docsInternalUrl());
        assertTrue(s.isConfigured());
    }

    @Test
    void internalAddresses_shouldFallBackToThePublicOnes() {
        store.put("docsUrl", "https://docs.example.com/");

        AppSettings.Snapshot s = settings.snapshot();

        assertEquals("https://docs.example.com", s.docsInternalUrl());
        assertEquals("https://wiki.example.com/confluence", s.confluenceUrlForDocs());

        store.put("confluenceInternalUrl", "http://confluence:8090/c/");
        assertEquals("http://confluence:8090/c", settings.snapshot().confluenceUrlForDocs());
    }

    @Test
    void jwtHeader_shouldFallBackWhenBlank() {
        store.put("jwtHeader", "   ");
        assertEquals("Authorization", settings.snapshot().jwtHeader());

        store.put("jwtHeader", " AuthorizationJwt ");
        assertEquals("AuthorizationJwt", settings.snapshot().jwtHeader());
    }

    @Test
    void lossyEditable_shouldParseTheStoredList() {
        store.put("lossyEditable", " odt, ,ods,odt ,");

        assertEquals(List.of("odt", "ods"), List.copyOf(settings.snapshot().lossyEditable()));
    }

    @Test
    void snapshot_shouldNotChangeWhenTheStoreChangesLater() {
        store.put("docsUrl", "https://one.example.com");
        AppSettings.Snapshot s = settings.snapshot();

        store.put("docsUrl", "https://two.example.com");

        assertEquals("https://one.example.com", s.docsUrl());
        assertEquals("https://two.example.com", settings.snapshot().docsUrl(), "nothing is cached between requests");
    }

    @Test
    void raw_shouldRefuseUnknownSettings() {
        assertThrows(IllegalArgumentException.class, () -> settings.snapshot().raw("noSuchSetting"));
    }

    @Test
    void internalValues_shouldBeCreatedOnceAndKept() {
        String instanceId = settings.instanceId();
        String linkSecret = settings.linkSecret();

        assertEquals(instanceId, settings.instanceId());
        assertEquals(linkSecret, new AppSettings(store, FixedHostUrls.of("https://x.example.com"), locks, RequestScope.NONE).linkSecret(),
                "another node reads the same value");
        assertNotEquals(instanceId, linkSecret);
        assertTrue(instanceId.matches("[A-Za-z0-9_-]{16}"), instanceId);
        assertTrue(linkSecret.matches("[A-Za-z0-9_-]{43}"), linkSecret);
        assertNotEquals(linkSecret, new AppSettings(new MemorySettingsStore(), FixedHostUrls.of("https://x.example.com"),
                locks, RequestScope.NONE).linkSecret(), "random per installation");
    }

    @Test
    void internalValues_shouldNotBeCreatedTwiceByConcurrentNodes() throws Exception {
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> secrets = new java.util.ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                AppSettings node = new AppSettings(store, FixedHostUrls.of("https://wiki.example.com"), locks, RequestScope.NONE);
                secrets.add(pool.submit(() -> {
                    start.await();
                    return node.linkSecret();
                }));
            }
            start.countDown();
            Set<String> distinct = new java.util.HashSet<>();
            for (Future<String> secret : secrets) {
                distinct.add(secret.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, distinct.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void write_shouldStoreAndRemoveValues() {
        settings.write(Map.of("docsUrl", "https://docs.example.com"));
        assertEquals("https://docs.example.com", settings.snapshot().docsUrl());

        java.util.Map<String, String> removal = new java.util.HashMap<>();
        removal.put("docsUrl", null);
        settings.write(removal);
        assertEquals("", settings.snapshot().docsUrl());
    }

    @Test
    void schema_shouldDescribeEveryTypedAccessor() {
        Set<String> names = SettingsSchema.all().keySet();

        assertTrue(names.containsAll(Set.of("docsUrl", "docsInternalUrl", "confluenceInternalUrl", "jwtSecret",
                "jwtHeader", "verifyCertificates", "lossyEditable", "forcesave")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("internal.")), "internal values stay hidden");
        assertEquals(SettingsSchema.get("lossyEditable").choices().stream().sorted().collect(Collectors.toList()),
                List.of("csv", "epub", "fb2", "html", "odp", "ods", "odt", "otp", "ots", "ott", "rtf", "tsv", "txt"));
    }

    @Test
    void randomToken_shouldBeUrlSafe() {
        String token = AppSettings.randomToken(32);

        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertNotEquals(token, AppSettings.randomToken(32));
    }
}
