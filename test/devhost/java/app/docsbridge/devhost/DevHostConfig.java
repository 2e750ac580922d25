package app.docsbridge.devhost;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dev host's settings, from environment variables (see test/devhost/README.md). */
public record DevHostConfig(int port, String baseUrlOverride, Path dataDir, boolean keepData, boolean strict,
                            List<Path> extraDescriptors, Map<String, String> settingsSeed, int nodes,
                            int node2Port) {

    public static DevHostConfig fromEnvironment(Map<String, String> env) {
        Map<String, String> seed = new LinkedHashMap<>();
        putIfSet(seed, "docsUrl", env.get("DOCS_URL"));
        putIfSet(seed, "docsInternalUrl", env.get("DOCS_INTERNAL_URL"));
        putIfSet(seed, "jwtSecret", env.get("DOCS_SECRET"));
        putIfSet(seed, "jwtHeader", env.get("DOCS_JWT_HEADER"));
        String extra = env.getOrDefault("DEVHOST_EXTRA_DESCRIPTORS", "");
        int port = Integer.parseInt(env.getOrDefault("DEVHOST_PORT", "8090"));
        // One folder per port, so dev hosts running side by side (tests) never share or wipe each other's data.
        String defaultData = "target/devhost-data/" + (port == 0 ? "ephemeral-" + ProcessHandle.current().pid() : port);
        return new DevHostConfig(
                port,
                blankToNull(env.get("DEVHOST_BASE_URL")),
                Path.of(env.getOrDefault("DEVHOST_DATA_DIR", defaultData)),
                "1".equals(env.get("DEVHOST_KEEP_DATA")),
                "1".equals(env.get("DEVHOST_STRICT")),
                Arrays.stream(extra.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList(),
                seed,
                nodes(env.getOrDefault("DEVHOST_NODES", "1")),
                Integer.parseInt(env.getOrDefault("DEVHOST_NODE2_PORT", "0")));
    }

    private static int nodes(String value) {
        int nodes = Integer.parseInt(value.trim());
        if (nodes < 1 || nodes > 2) {
            throw new IllegalArgumentException("DEVHOST_NODES must be 1 or 2, not " + value);
        }
        return nodes;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.replaceAll("/+$", "");
    }
}
