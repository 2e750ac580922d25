package app.docsbridge.core.preview;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.preview.ViewerConfigService.Problem;
import app.docsbridge.core.preview.ViewerConfigService.Viewer;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewerConfigServiceTest {

    private final TestApp app = new TestApp();
    private ViewerConfigService viewers;
    private StoredAttachment report;

    @BeforeEach
    void setUp() {
        app.users.add("u-alice", "alice", "Alice");
        app.users.signIn("u-alice");
        report = app.attachments.add(1001, "Report.docx", new byte[] {1, 2, 3}, "u-alice");
        app.permissions.allowView("u-alice", report.id());
        viewers = new ViewerConfigService(app.attachments, app.permissions, app.users, app.formats, app.actions,
                app.settings, app.keys, app.links, app.hostUrls, app.time);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmbeddedViewOnlyConfigWithTheViewersOwnKey() {
        Viewer viewer = viewers.viewer(report.id());
        assertNull(viewer.problem());
        Map<String, Object> config = viewer.config();
        assertEquals("embedded", config.get("type"));
        assertEquals("word", config.get("documentType"));
        Map<String, Object> document = (Map<String, Object>) config.get("document");
        String key = (String) document.get("key");
        assertTrue(key.endsWith("_embedded"), key);
        assertTrue(key.length() <= 128 && key.matches("[0-9A-Za-z._=-]+"), key);
        assertNotEquals(app.keys.keyFor(report), key);
        assertEquals(false, ((Map<String, Object>) document.get("permissions")).get("edit"));
        Map<String, Object> editorConfig = (Map<String, Object>) config.get("editorConfig");
        assertEquals("view", editorConfig.get("mode"));
        assertFalse(editorConfig.containsKey("callbackUrl"));
        assertTrue(config.containsKey("token"));
        assertFalse(viewer.mayEdit());
        assertEquals(TestApp.DOCS + "/web-apps/apps/api/documents/api.js", viewers.docsApiUrl().orElseThrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void alwaysTheLatestVersionWithANewKey() throws Exception {
        String first = (String) ((Map<String, Object>) viewers.viewer(report.id()).config().get("document")).get("key");
        app.attachments.storeVersion(report.id(), "u-alice", new ByteArrayInputStream(new byte[] {9}), 1, "");
        Map<String, Object> document = (Map<String, Object>) viewers.viewer(report.id()).config().get("document");
        assertNotEquals(first, document.get("key"));
        assertTrue(((String) document.get("url")).contains("version=2") || ((String) document.get("key")).contains("-2-"),
                String.valueOf(document));
    }

    @Test
    void forbiddenAndMissingLookTheSame() {
        app.users.add("u-bob", "bob", "Bob");
        app.users.signIn("u-bob");
        assertEquals(Problem.NOT_FOUND, viewers.viewer(report.id()).problem());
        assertEquals(Problem.NOT_FOUND, viewers.viewer(999_999).problem());
    }

    @Test
    void editorsMayEditAndAnUnconfiguredAppSaysSo() {
        app.permissions.allowEdit("u-alice", report.id());
        assertTrue(viewers.viewer(report.id()).mayEdit());
        app.set("docsUrl", null);
        assertEquals(Problem.NOT_CONFIGURED, viewers.viewer(report.id()).problem());
        assertTrue(viewers.docsApiUrl().isEmpty());
    }
}
