package app.docsbridge.devhost.memory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The floor of a save, without the app: the same download (JDK HttpClient, streamed) into the same temp-file copy
 * with SHA-256 that the in-memory attachment store does for every new version. The benchmark compares the app's
 * save throughput with this, measured in the same run and JVM.
 */
public final class SaveFloor {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SaveFloor() {
    }

    /** Downloads {@code url} into a temp file under {@code tempFolder}, hashing it; returns the byte count. */
    public static long downloadToFile(String url, Path tempFolder) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            StreamedUpload upload = StreamedUpload.copy(body, -1, tempFolder);
            upload.discard();
            return upload.size();
        }
    }
}
