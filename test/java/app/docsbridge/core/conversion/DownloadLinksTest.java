package app.docsbridge.core.conversion;

import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DownloadLinksTest {

    private final TestApp app = new TestApp();
    private final DownloadLinks links = new DownloadLinks(app.settings, app.time);
    private final DownloadLinks.DownloadLink link = new DownloadLinks.DownloadLink(11, "key-alice",
            "https://docs.example.com/cache/files/x/output.pdf?md5=a&expires=1", "Bericht für März.pdf");

    @Test
    void verify_shouldReturnWhatWasSigned() throws Exception {
        assertEquals(link, links.verify(links.token(link)));
        DownloadLinks.DownloadLink anonymous = new DownloadLinks.DownloadLink(11, null, link.resultUrl(), "a.pdf");
        assertEquals(anonymous, links.verify(links.token(anonymous)));
    }

    @Test
    void verify_shouldRefuseExpiredTamperedAndOtherLinks() {
        String token = links.token(link);
        app.time.advance(DownloadLinks.TTL.plus(Duration.ofMinutes(2)));
        assertThrows(InvalidTokenException.class, () -> links.verify(token));

        String fresh = links.token(link);
        String[] parts = fresh.split("\\.");
        assertThrows(InvalidTokenException.class, () -> links.verify(parts[0] + "." + parts[1] + "x." + parts[2]));
        assertThrows(InvalidTokenException.class, () -> links.verify(null));

        String fileLink = app.links.fileUrl(11, 1);
        String fileToken = URLDecoder.decode(URI.create(fileLink).getRawQuery().substring("token=".length()),
                StandardCharsets.UTF_8);
        assertThrows(InvalidTokenException.class, () -> links.verify(fileToken), "a file link is no download link");
    }
}
