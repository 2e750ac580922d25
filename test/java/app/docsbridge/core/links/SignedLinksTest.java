package app.docsbridge.core.links;

import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.testing.DocsTokens;
import app.docsbridge.testing.TestApp;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedLinksTest {

    private final TestApp app = new TestApp();
    private final SignedLinks links = app.links;

    static String tokenOf(String url) {
        String query = URI.create(url).getRawQuery();
        assertTrue(query.startsWith("token="), url);
        return URLDecoder.decode(query.substring(6), StandardCharsets.UTF_8);
    }

    @Test
    void fileUrl_shouldVerifyAsFileLinkForThatVersion() throws InvalidTokenException {
        String url = links.fileUrl(42, 3);

        assertTrue(url.startsWith(TestApp.CONFLUENCE + SignedLinks.FILE_PATH + "?token="), url);
        assertEquals(new FileLink(42, 3), links.verifyFile(tokenOf(url)));
    }

    @Test
    void callbackUrl_shouldVerifyAsCallbackLinkBoundToAttachmentUserAndKey() throws InvalidTokenException {
        String url = links.callbackUrl(42, "user-key-1", "inst-42-3-abc");

        assertTrue(url.startsWith(TestApp.CONFLUENCE + SignedLinks.CALLBACK_PATH + "?token="), url);
        assertEquals(new CallbackLink(42, "user-key-1", "inst-42-3-abc"), links.verifyCallback(tokenOf(url)));
    }

    @Test
    void verifyCallback_shouldRefuseAFileToken() {
        String fileToken = tokenOf(links.fileUrl(42, 3));

        assertThrows(InvalidTokenException.class, () -> links.verifyCallback(fileToken));
    }

    @Test
    void verifyFile_shouldRefuseACallbackToken() {
        String callbackToken = tokenOf(links.callbackUrl(42, "u", "k"));

        assertThrows(InvalidTokenException.class, () -> links.verifyFile(callbackToken));
    }

    @Test
    void verifyFile_shouldHonourOneHourLifetime() throws InvalidTokenException {
        String token = tokenOf(links.fileUrl(42, 3));

        app.time.advance(Duration.ofMinutes(59));
        assertEquals(new FileLink(42, 3), links.verifyFile(token));

        app.time.advance(Duration.ofMinutes(1).plusSeconds(61)); // 1 h + 61 s: past the 60 s leeway
        assertThrows(InvalidTokenException.class, () -> links.verifyFile(token));
    }

    @Test
    void verifyCallback_shouldHonourSevenDayLifetime() throws InvalidTokenException {
        String token = tokenOf(links.callbackUrl(42, "u", "k"));

        app.time.advance(Duration.ofDays(7).minusMinutes(1));
        assertEquals(42, links.verifyCallback(token).attachmentId());

        app.time.advance(Duration.ofMinutes(1).plusSeconds(61));
        assertThrows(InvalidTokenException.class, () -> links.verifyCallback(token));
    }

    @Test
    void links_shouldBeBuiltOnConfluenceInternalUrlWhenSet() throws InvalidTokenException {
        app.set("confluenceInternalUrl", "http://confluence.internal:8090/confluence/");

        String file = links.fileUrl(42, 3);
        String callback = links.callbackUrl(42, "u", "k");

        assertTrue(file.startsWith("http://confluence.internal:8090/confluence" + SignedLinks.FILE_PATH + "?token="),
                file);
        assertTrue(callback.startsWith("http://confluence.internal:8090/confluence" + SignedLinks.CALLBACK_PATH
                + "?token="), callback);
        assertEquals(new FileLink(42, 3), links.verifyFile(tokenOf(file)));
    }

    @Test
    void links_shouldBeSignedWithTheAppsOwnSecretNotTheDocsSecret() {
        // Someone who knows the shared Docs secret (e.g. the Docs server's admin) must not mint download links.
        String forged = DocsTokens.sign(Algorithm.HMAC256(TestApp.SECRET),
                Map.of("act", "file", "att", 42, "ver", 3), app.time.now(), Duration.ofHours(1));

        assertThrows(InvalidTokenException.class, () -> links.verifyFile(forged));
    }

    @Test
    void verify_shouldRefuseLinksWithoutExpiry() {
        String noExp = JWT.create().withPayload(Map.of("act", "file", "att", 42, "ver", 3))
                .sign(Algorithm.HMAC256(app.settings.linkSecret()));

        assertThrows(InvalidTokenException.class, () -> links.verifyFile(noExp));
    }

    @Test
    void verify_shouldRefuseLinksLackingTheirClaims() {
        String secret = app.settings.linkSecret();
        String noAttachment = DocsTokens.sign(Algorithm.HMAC256(secret), Map.of("act", "file", "ver", 3),
                app.time.now(), Duration.ofHours(1));
        String noUser = DocsTokens.sign(Algorithm.HMAC256(secret), Map.of("act", "callback", "att", 42, "key", "k"),
                app.time.now(), Duration.ofHours(1));

        assertThrows(InvalidTokenException.class, () -> links.verifyFile(noAttachment));
        assertThrows(InvalidTokenException.class, () -> links.verifyCallback(noUser));
    }

    @Test
    void verify_shouldRefuseMissingOrUnsignedTokens() {
        assertThrows(InvalidTokenException.class, () -> links.verifyFile(null));
        assertThrows(InvalidTokenException.class, () -> links.verifyCallback(""));
        assertThrows(InvalidTokenException.class,
                () -> links.verifyFile(DocsTokens.unsigned("{\"act\":\"file\",\"att\":42,\"ver\":3,\"exp\":9999999999}")));
    }

    @Test
    void links_shouldKeepWorkingAcrossInstancesSharingTheSettings() throws InvalidTokenException {
        // Another cluster node reads the same link secret from the shared settings.
        String url = links.fileUrl(42, 3);
        SignedLinks otherNode = new SignedLinks(
                new app.docsbridge.core.settings.AppSettings(app.settingsStore, app.hostUrls, app.locks,
                        RequestScope.NONE), app.time);

        assertEquals(new FileLink(42, 3), otherNode.verifyFile(tokenOf(url)));
    }
}
