package app.docsbridge.core.settings;

import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.port.SettingsStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the app's settings. Nothing is cached across requests on this node: every request reads the
 * product's shared settings once (then keeps that snapshot for the rest of the request), so a change made on one
 * node holds everywhere from the next request on.
 */
public class AppSettings {

    /** App-internal values that administrators never see. */
    static final String INSTANCE_ID = "internal.instanceId";
    static final String LINK_SECRET = "internal.linkSecret";
    /** "ok|&lt;ISO time&gt;" or "failed|&lt;ISO time&gt;": the last connection test of the saved settings. */
    static final String LAST_TEST = "internal.lastConnectionTest";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SettingsStore store;
    private final HostUrls hostUrls;
    private final ClusterLocks locks;
    private final RequestScope request;

    public AppSettings(SettingsStore store, HostUrls hostUrls, ClusterLocks locks, RequestScope request) {
        this.store = store;
        this.hostUrls = hostUrls;
        this.locks = locks;
        this.request = request;
    }

    /** A consistent view of all settings for one request: read once per request, then remembered until it ends. */
    public Snapshot snapshot() {
        return request.remember(SNAPSHOT, () -> new Snapshot(store.read(), hostUrls.baseUrl()));
    }

    private static final String SNAPSHOT = "settings.snapshot";

    /** The settings as they would be with {@code candidate} saved: for testing a configuration before saving it. */
    public Snapshot preview(Map<String, String> candidate) {
        Map<String, String> merged = new java.util.HashMap<>(store.read());
        candidate.forEach((name, value) -> {
            if (value == null) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return new Snapshot(merged, hostUrls.baseUrl());
    }

    public void write(Map<String, String> values) {
        try {
            store.write(values);
        } finally {
            request.forget(SNAPSHOT);
        }
    }

    /** When the saved settings were last tested (ISO-8601) and whether every check passed. */
    public record LastTest(String at, boolean ok) {
    }

    /** The last connection test of the settings as saved, as every node sees it; empty before the first one. */
    public Optional<LastTest> lastTest() {
        String raw = snapshot().values.get(LAST_TEST);
        if (raw == null) {
            return Optional.empty();
        }
        int bar = raw.indexOf('|');
        if (bar < 0 || !(raw.startsWith("ok|") || raw.startsWith("failed|"))) {
            return Optional.empty();
        }
        return Optional.of(new LastTest(raw.substring(bar + 1), raw.startsWith("ok|")));
    }

    /** Remembers a connection test of the settings as saved (call it only for those: see {@link #unchangedBy}). */
    public void recordTest(Instant at, boolean ok) {
        write(Map.of(LAST_TEST, (ok ? "ok|" : "failed|") + at));
    }

    /** True when saving {@code candidate} would change no setting (so testing it tests the saved settings). */
    public boolean unchangedBy(Map<String, String> candidate) {
        Snapshot saved = snapshot();
        Snapshot changed = preview(candidate);
        return SettingsSchema.all().keySet().stream().allMatch(name -> saved.raw(name).equals(changed.raw(name)));
    }

    /** Random id of this Confluence, part of every document key so that instances sharing a Docs server never collide. */
    public String instanceId() {
        return internalValue(INSTANCE_ID, 12);
    }

    /** Secret that signs the links the app hands to the Document Server. Never leaves the server. */
    public String linkSecret() {
        return internalValue(LINK_SECRET, 32);
    }

    private String internalValue(String key, int bytes) {
        String existing = snapshot().values.get(key);
        if (existing != null && !existing.isEmpty()) {
            return existing;
        }
        try {
            // Two nodes must not each create their own value: the lock makes the second one read the first one's.
            return locks.withLock("app.docsbridge.settings." + key, () -> {
                String again = store.read().get(key);
                if (again != null && !again.isEmpty()) {
                    return again;
                }
                String created = randomToken(bytes);
                write(Map.of(key, created));
                return created;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** URL-safe random text from {@code bytes} random bytes. */
    public static String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Settings as read at one moment, with defaults from the schema. */
    public static final class Snapshot {
        private final Map<String, String> values;
        private final String baseUrl;

        Snapshot(Map<String, String> values, String baseUrl) {
            this.values = values;
            this.baseUrl = baseUrl;
        }

        public String raw(String name) {
            String value = values.get(name);
            return value != null ? value : SettingsSchema.get(name).defaultValue();
        }

        /** Docs address as browsers reach it, without a trailing slash; empty when not configured. */
        public String docsUrl() {
            return trimSlash(raw("docsUrl"));
        }

        /** Docs address as Confluence reaches it (falls back to the public one). */
        public String docsInternalUrl() {
            String internal = trimSlash(raw("docsInternalUrl"));
            return internal.isEmpty() ? docsUrl() : internal;
        }

        /** Confluence's address as the Docs server reaches it (falls back to the canonical base URL). */
        public String confluenceUrlForDocs() {
            String internal = trimSlash(raw("confluenceInternalUrl"));
            return internal.isEmpty() ? trimSlash(baseUrl) : internal;
        }

        public boolean isConfigured() {
            return !docsUrl().isEmpty();
        }

        /** Both the Docs address and the JWT secret are set: documents can be opened, created and converted. */
        public boolean isReady() {
            return isConfigured() && jwtSecret().isPresent();
        }

        public Optional<String> jwtSecret() {
            String secret = raw("jwtSecret");
            return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        }

        public String jwtHeader() {
            String header = raw("jwtHeader").trim();
            return header.isEmpty() ? "Authorization" : header;
        }

        public boolean flag(String name) {
            return Boolean.parseBoolean(raw(name));
        }

        /** The largest file a save may store (administrator's setting in MiB; default: the Docs server's 100 MiB). */
        public long maxResultBytes() {
            long mib;
            try {
                mib = Long.parseLong(raw("maxResultMb").trim());
            } catch (NumberFormatException e) {
                mib = Long.parseLong(SettingsSchema.get("maxResultMb").defaultValue());
            }
            return Math.max(1, Math.min(mib, SettingsValidator.MAX_RESULT_MB)) * 1024 * 1024;
        }

        public Set<String> lossyEditable() {
            Set<String> formats = new LinkedHashSet<>();
            Arrays.stream(raw("lossyEditable").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(formats::add);
            return formats;
        }

        private static String trimSlash(String url) {
            String value = url == null ? "" : url.trim();
            while (value.endsWith("/")) {
                value = value.substring(0, value.length() - 1);
            }
            return value;
        }
    }
}
