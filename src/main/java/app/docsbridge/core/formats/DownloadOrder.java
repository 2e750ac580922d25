package app.docsbridge.core.formats;

import app.docsbridge.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order and groups in which "Download as" offers formats, read from {@code docsbridge/download-order.json} (the
 * dialog reads the same file): PDF first, then OOXML, OpenDocument, other documents, images. A target the file does
 * not list comes last, in the "other" group, so a newer format list never hides a format.
 */
public class DownloadOrder {

    static final String RESOURCE = "/docsbridge/download-order.json";
    static final String OTHER = "other";

    /** One format on offer: the target to request, the extension of the downloaded file, and its group. */
    public record Choice(String target, String extension, String group) {
    }

    private final Map<String, Integer> rank = new LinkedHashMap<>();
    private final Map<String, String> groupOf = new LinkedHashMap<>();

    public DownloadOrder() {
        try (InputStream in = DownloadOrder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the app");
            }
            for (JsonNode group : Json.mapper().readTree(in).path("groups")) {
                String id = group.path("id").asText();
                for (JsonNode format : group.path("formats")) {
                    groupOf.put(format.asText(), id);
                    rank.put(format.asText(), rank.size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code targets} in the order to offer them, each with its group. */
    public List<Choice> order(Collection<String> targets) {
        List<Choice> choices = new ArrayList<>();
        targets.stream().distinct()
                .sorted(Comparator.comparingInt((String t) -> rank.getOrDefault(t, Integer.MAX_VALUE)))
                .forEach(t -> choices.add(new Choice(t, extensionOf(t), groupOf.getOrDefault(t, OTHER))));
        return choices;
    }

    /** The extension of a downloaded file of {@code target} (PDF/A files are PDFs). */
    public static String extensionOf(String target) {
        return "pdfa".equals(target) ? "pdf" : target;
    }

    /** Every format the file lists. */
    public Collection<String> listed() {
        return rank.keySet();
    }
}
