package app.docsbridge.core.settings;

import app.docsbridge.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings the administrator can change, read from {@code docsbridge/settings-schema.json} (shared with the frontend). */
public final class SettingsSchema {

    /** One setting: its name, kind, default (as stored: a string) and allowed choices. */
    public record Setting(String name, String type, String defaultValue, List<String> choices) {
    }

    private static final Map<String, Setting> SETTINGS = load();

    private SettingsSchema() {
    }

    private static Map<String, Setting> load() {
        try (InputStream in = SettingsSchema.class.getResourceAsStream("/docsbridge/settings-schema.json")) {
            if (in == null) {
                throw new IOException("docsbridge/settings-schema.json is missing from the app");
            }
            Map<String, Setting> settings = new LinkedHashMap<>();
            for (JsonNode node : Json.mapper().readTree(in).path("settings")) {
                List<String> choices = new ArrayList<>();
                node.path("choices").forEach(c -> choices.add(c.asText()));
                settings.put(node.path("name").asText(), new Setting(node.path("name").asText(),
                        node.path("type").asText(), storedForm(node.path("default")), List.copyOf(choices)));
            }
            return java.util.Collections.unmodifiableMap(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists are stored comma-separated, everything else as its text. */
    private static String storedForm(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return String.join(",", parts);
        }
        return value.asText();
    }

    public static Map<String, Setting> all() {
        return SETTINGS;
    }

    public static Setting get(String name) {
        Setting setting = SETTINGS.get(name);
        if (setting == null) {
            throw new IllegalArgumentException("unknown setting " + name);
        }
        return setting;
    }
}
