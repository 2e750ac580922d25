package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.SaveFloor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code POST /devhost/api/save-floor?url=…}: downloads the URL to a temp file with SHA-256 as the attachment store
 * does, without the app, and answers {@code {bytes, nanos}}. Loopback URLs only; for the benchmark.
 */
public final class SaveFloorApi extends HttpServlet {

    private final Path tempFolder;

    public SaveFloorApi(Path tempFolder) {
        this.tempFolder = tempFolder;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String url = req.getParameter("url");
        if (url == null || !url.startsWith("http://127.0.0.1:")) {
            JsonIo.write(resp, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "url must be http://127.0.0.1:…"));
            return;
        }
        long started = System.nanoTime();
        try {
            long bytes = SaveFloor.downloadToFile(url, tempFolder);
            JsonIo.write(resp, Map.of("bytes", bytes, "nanos", System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
