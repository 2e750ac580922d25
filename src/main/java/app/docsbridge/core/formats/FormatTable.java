package app.docsbridge.core.formats;

import app.docsbridge.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The formats the app offers, read from {@code docsbridge/formats.json} (ONLYOFFICE's own list, which the frontend
 * reads too). Output-only entries (images, pdfa, zip) have no document type and are left out.
 */
public class FormatTable {

    static final String RESOURCE = "/docsbridge/formats.json";

    private final Map<String, Format> byExtension;

    public FormatTable() {
        try (InputStream in = FormatTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the app");
            }
            byExtension = parse(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Format> parse(JsonNode list) {
        Map<String, Format> formats = new LinkedHashMap<>();
        for (JsonNode entry : list) {
            String type = entry.path("type").asText("");
            if (type.isEmpty()) {
                continue;
            }
            String extension = entry.path("name").asText().toLowerCase(Locale.ROOT);
            formats.put(extension, new Format(extension,
                    DocumentType.valueOf(type.toUpperCase(Locale.ROOT)),
                    new LinkedHashSet<>(strings(entry.path("actions"))),
                    List.copyOf(new LinkedHashSet<>(strings(entry.path("convert")))),
                    strings(entry.path("mime"))));
        }
        return Map.copyOf(formats);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return List.copyOf(values);
    }

    public Optional<Format> find(String extension) {
        return extension == null ? Optional.empty()
                : Optional.ofNullable(byExtension.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** May files of this extension be edited, given the lossy formats the administrator allowed? */
    public boolean isEditable(String extension, Set<String> allowedLossy) {
        return find(extension)
                .map(f -> f.canEditNatively() || (f.canEditLossy() && allowedLossy.contains(f.extension())))
                .orElse(false);
    }

    public Set<String> extensions() {
        return byExtension.keySet();
    }
}
