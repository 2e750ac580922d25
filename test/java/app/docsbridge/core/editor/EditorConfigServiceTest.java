package app.docsbridge.core.editor;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.links.CallbackLink;
import app.docsbridge.core.links.FileLink;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorConfigServiceTest {

    private static final long PAGE = 7;

    private final TestApp app = new TestApp();
    private final EditorConfigService editors = app.editors;
    private StoredAttachment docx;

    @BeforeEach
    void setUp() {
        app.users.add("key-alice", "alice", "Alice Example");
        app.users.add("key-bob", "bob", "Bob Viewer");
        app.users.add("key-carol", "carol", "Carol Editor");
        docx = app.attachments.add(PAGE, "Quarterly report.docx", "hello".getBytes(StandardCharsets.UTF_8), "key-alice");
        app.permissions.allowEdit("key-alice", docx.id()).allowEdit("key-carol", docx.id())
                .allowView("key-bob", docx.id());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.get(name);
    }

    private static String linkToken(String url) {
        String query = URI.create(url).getRawQuery();
        return URLDecoder.decode(query.substring("token=".length()), StandardCharsets.UTF_8);
    }

    private EditorSession open(String userKey, StoredAttachment attachment, boolean viewOnly) throws EditorException {
        if (userKey == null) {
            app.users.signOut();
        } else {
            app.users.signIn(userKey);
        }
        return editors.open(attachment.id(), viewOnly);
    }

    private EditorException.Reason failure(String userKey, long attachmentId) {
        if (userKey == null) {
            app.users.signOut();
        } else {
            app.users.signIn(userKey);
        }
        return assertThrows(EditorException.class, () -> editors.open(attachmentId, false)).reason();
    }

    @Test
    void open_shouldBuildAnEditConfigForAnEditor() throws Exception {
        EditorSession session = open("key-alice", docx, false);
        Map<String, Object> config = session.config();
        Map<String, Object> document = map(config, "document");
        Map<String, Object> editorConfig = map(config, "editorConfig");

        assertTrue(session.editing());
        assertEquals("word", config.get("documentType"));
        assertEquals("docx", document.get("fileType"));
        assertEquals("Quarterly report.docx", document.get("title"));
        assertEquals(app.keys.keyFor(docx), document.get("key"));
        assertEquals("edit", editorConfig.get("mode"));
        assertEquals(Map.of("edit", true, "comment", true, "review", true, "fillForms", false, "chat", true,
                "download", true, "print", true, "copy", true), document.get("permissions"));
        assertEquals(TestApp.DOCS + "/web-apps/apps/api/documents/api.js", session.docsApiUrl());
        assertEquals(TestApp.DOCS, session.docsUrl());
    }

    @Test
    void open_shouldLinkTheDocumentToTheOpenedVersion() throws Exception {
        EditorSession session = open("key-alice", docx, false);
        String url = (String) map(session.config(), "document").get("url");

        assertTrue(url.startsWith(TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/file?token="), url);
        assertEquals(new FileLink(docx.id(), 1), app.links.verifyFile(linkToken(url)));
    }

    @Test
    void open_shouldBindTheCallbackUrlToAttachmentUserAndKey() throws Exception {
        EditorSession session = open("key-alice", docx, false);
        String callbackUrl = (String) map(session.config(), "editorConfig").get("callbackUrl");

        assertTrue(callbackUrl.startsWith(TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/callback?token="));
        assertEquals(new CallbackLink(docx.id(), "key-alice", app.keys.keyFor(docx)),
                app.links.verifyCallback(linkToken(callbackUrl)));
    }

    @Test
    void open_shouldIdentifyTheUserByKeyOnly() throws Exception {
        Map<String, Object> user = map(map(open("key-alice", docx, false).config(), "editorConfig"), "user");

        assertEquals(Map.of("id", "key-alice", "name", "Alice Example"), user);
    }

    @Test
    void open_shouldBuildAViewConfigForAViewer() throws Exception {
        EditorSession session = open("key-bob", docx, false);
        Map<String, Object> editorConfig = map(session.config(), "editorConfig");

        assertFalse(session.editing());
        assertEquals("view", editorConfig.get("mode"));
        assertFalse(editorConfig.containsKey("callbackUrl"));
        assertEquals(Map.of("edit", false, "comment", false, "review", false, "fillForms", false, "chat", true,
                "download", true, "print", true, "copy", true), map(session.config(), "document").get("permissions"));
        assertEquals("key-bob", map(editorConfig, "user").get("id"));
    }

    @Test
    void open_shouldRespectModeViewForAnEditor() throws Exception {
        EditorSession session = open("key-alice", docx, true);
        Map<String, Object> editorConfig = map(session.config(), "editorConfig");

        assertFalse(session.editing());
        assertEquals("view", editorConfig.get("mode"));
        assertFalse(editorConfig.containsKey("callbackUrl"));
        // permissions.edit with mode "view" is what makes the viewer offer "Edit current file" (onRequestEditRights,
        // docs-api §2.4); the mode and the missing callback keep this session a viewer.
        Map<String, Object> permissions = map(map(session.config(), "document"), "permissions");
        assertEquals(true, permissions.get("edit"));
        assertEquals(false, permissions.get("comment"));
        assertEquals(false, permissions.get("review"));
    }

    @Test
    void open_shouldGiveAnonymousViewersNoUserAndNoCallback() throws Exception {
        app.permissions.allowView(null, docx.id());

        EditorSession session = open(null, docx, false);
        Map<String, Object> editorConfig = map(session.config(), "editorConfig");

        assertFalse(session.editing());
        assertEquals("view", editorConfig.get("mode"));
        assertFalse(editorConfig.containsKey("user"));
        assertFalse(editorConfig.containsKey("callbackUrl"));
    }

    @Test
    void open_shouldNeverLetAnonymousEdit() throws Exception {
        app.permissions.allowEdit(null, docx.id());

        EditorSession session = open(null, docx, false);

        assertFalse(session.editing());
        assertFalse(map(session.config(), "editorConfig").containsKey("callbackUrl"));
    }

    @Test
    void token_shouldVerifyWithTheSecretAndCarryExactlyTheConfig() throws Exception {
        Map<String, Object> config = open("key-alice", docx, false).config();
        JwtCodec codec = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time));

        Map<String, Object> payload = codec.verify((String) config.get("token"));
        assertEquals(app.time.now().plus(Duration.ofMinutes(30)).getEpochSecond(),
                ((Number) payload.remove("exp")).longValue());
        assertEquals(app.time.now().getEpochSecond(), ((Number) payload.remove("iat")).longValue());

        Map<String, Object> withoutToken = new LinkedHashMap<>(config);
        withoutToken.remove("token");
        assertEquals(Json.readObject(Json.write(withoutToken)), payload);
    }

    @Test
    void token_shouldCarryTheFieldsTheDocsServerRequires() throws Exception {
        Map<String, Object> config = open("key-alice", docx, false).config();
        Map<String, Object> payload = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time))
                .verify((String) config.get("token"));
        Map<String, Object> document = map(payload, "document");
        Map<String, Object> editorConfig = map(payload, "editorConfig");

        assertTrue(document.containsKey("key") && document.containsKey("url") && document.containsKey("permissions"));
        assertTrue(editorConfig.containsKey("callbackUrl"));
        assertEquals("edit", editorConfig.get("mode"));
        // docs-api §2.5: a top-level url, payload or key makes the Docs server refuse the token.
        assertFalse(payload.containsKey("url") || payload.containsKey("payload") || payload.containsKey("key"));
    }

    @Test
    void token_shouldNotVerifyWithAnotherSecret() throws Exception {
        Map<String, Object> config = open("key-alice", docx, false).config();

        assertThrows(InvalidTokenException.class, () -> new JwtCodec(app.settings.linkSecret(),
                new TimeSourceClock(app.time)).verify((String) config.get("token")));
    }

    @Test
    void config_shouldContainNeitherSecret() throws Exception {
        String json = Json.write(open("key-alice", docx, false).config());

        assertFalse(json.contains(TestApp.SECRET));
        assertFalse(json.contains(app.settings.linkSecret()));
    }

    @Test
    void key_shouldBeSharedByCoEditorsAndCallbacksBePerUser() throws Exception {
        Map<String, Object> alice = open("key-alice", docx, false).config();
        Map<String, Object> carol = open("key-carol", docx, false).config();

        assertEquals(map(alice, "document").get("key"), map(carol, "document").get("key"));
        assertNotEquals(map(alice, "editorConfig").get("callbackUrl"), map(carol, "editorConfig").get("callbackUrl"));
    }

    @Test
    void key_shouldChangeWithANewVersionAndStayAfterAForcesave() throws Exception {
        String first = (String) map(open("key-alice", docx, false).config(), "document").get("key");

        StoredAttachment v2 = app.attachments.storeVersion(docx.id(), "key-alice",
                new java.io.ByteArrayInputStream(new byte[] {1, 2}), 2, "c");
        String second = (String) map(open("key-alice", v2, false).config(), "document").get("key");
        assertNotEquals(first, second);

        StoredAttachment v3 = app.attachments.storeVersion(docx.id(), "key-alice",
                new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "c");
        app.keys.continueSession(docx.id(), v3.version(), second);
        assertEquals(second, map(open("key-carol", v3, false).config(), "document").get("key"));
    }

    @Test
    void open_shouldServeTheLatestVersion() throws Exception {
        app.attachments.storeVersion(docx.id(), "key-alice", new java.io.ByteArrayInputStream(new byte[] {9}), 1, "c");

        String url = (String) map(open("key-alice", docx, false).config(), "document").get("url");

        assertEquals(new FileLink(docx.id(), 2), app.links.verifyFile(linkToken(url)));
    }

    @Test
    void open_shouldRefuseMissingAttachments() {
        assertEquals(EditorException.Reason.NOT_FOUND, failure("key-alice", 999_999));
        assertEquals(EditorException.Reason.NOT_FOUND, failure(null, 999_999));
    }

    @Test
    void open_shouldAskAnonymousVisitorsWithoutViewPermissionToSignIn() {
        assertEquals(EditorException.Reason.LOGIN_REQUIRED, failure(null, docx.id()));
    }

    @Test
    void open_shouldAnswerNotFoundToSignedInUsersWithoutViewPermission() {
        app.users.add("key-eve", "eve", "Eve");

        assertEquals(EditorException.Reason.NOT_FOUND, failure("key-eve", docx.id()));
    }

    @Test
    void open_shouldCheckPermissionBeforeRevealingTheFormat() {
        app.users.add("key-eve", "eve", "Eve");
        StoredAttachment exe = app.attachments.add(PAGE, "setup.exe", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", exe.id());

        assertEquals(EditorException.Reason.NOT_FOUND, failure("key-eve", exe.id()));
        assertEquals(EditorException.Reason.UNSUPPORTED_FORMAT, failure("key-alice", exe.id()));
    }

    @Test
    void open_shouldRefuseFormatsTheEditorsCannotOpen() {
        StoredAttachment png = app.attachments.add(PAGE, "photo.png", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", png.id());

        assertEquals(EditorException.Reason.UNSUPPORTED_FORMAT, failure("key-alice", png.id()));
    }

    @Test
    void open_shouldRefuseWithoutDocsAddress() {
        app.set("docsUrl", "");

        assertEquals(EditorException.Reason.NO_DOCS_ADDRESS, failure("key-alice", docx.id()));
    }

    @Test
    void open_shouldRefuseWithoutSecret() {
        app.set("jwtSecret", "");

        assertEquals(EditorException.Reason.NO_SECRET, failure("key-alice", docx.id()));
    }

    @Test
    void open_shouldOpenLossyFormatsForViewingUntilAllowed() throws Exception {
        StoredAttachment odt = app.attachments.add(PAGE, "notes.odt", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", odt.id());

        assertEquals("view", map(open("key-alice", odt, false).config(), "editorConfig").get("mode"));

        app.set("lossyEditable", "odt");
        assertEquals("edit", map(open("key-alice", odt, false).config(), "editorConfig").get("mode"));
    }

    @Test
    void open_shouldLetEditorsFillPdfForms() throws Exception {
        StoredAttachment pdf = app.attachments.add(PAGE, "form.pdf", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", pdf.id()).allowView("key-bob", pdf.id());

        EditorSession editor = open("key-alice", pdf, false);
        assertEquals("pdf", editor.config().get("documentType"));
        assertEquals(true, map(map(editor.config(), "document"), "permissions").get("fillForms"));
        assertEquals(false, map(map(open("key-bob", pdf, false).config(), "document"), "permissions").get("fillForms"));
    }

    @Test
    void open_shouldApplyEditorSettings() throws Exception {
        app.set("comments", "false").set("chat", "false").set("forcesave", "true").set("reviewDisplay", "markup");

        Map<String, Object> config = open("key-alice", docx, false).config();
        Map<String, Object> permissions = map(map(config, "document"), "permissions");
        Map<String, Object> customization = map(map(config, "editorConfig"), "customization");

        assertEquals(false, permissions.get("comment"));
        assertEquals(false, permissions.get("chat"));
        assertEquals(true, customization.get("forcesave"));
        assertEquals(Map.of("reviewDisplay", "markup"), customization.get("review"));
        assertEquals(Map.of("url", TestApp.CONFLUENCE + "/pages/viewpageattachments.action?pageId=" + PAGE),
                customization.get("goback"));
    }

    @Test
    void open_shouldFollowTheUsersLanguage() throws Exception {
        app.users.setLocale("key-alice", Locale.forLanguageTag("de-AT"));
        Map<String, Object> editorConfig = map(open("key-alice", docx, false).config(), "editorConfig");
        assertEquals("de", editorConfig.get("lang"));
        assertEquals("de-AT", editorConfig.get("region"));

        app.users.setLocale("key-alice", Locale.forLanguageTag("pt-PT"));
        assertEquals("pt-PT", map(open("key-alice", docx, false).config(), "editorConfig").get("lang"));

        app.users.setLocale("key-alice", Locale.forLanguageTag("zh-Hant"));
        assertEquals("zh-TW", map(open("key-alice", docx, false).config(), "editorConfig").get("lang"));

        app.users.setLocale("key-alice", Locale.FRENCH);
        Map<String, Object> french = map(open("key-alice", docx, false).config(), "editorConfig");
        assertEquals("fr", french.get("lang"));
        assertNull(french.get("region"));
    }

    @Test
    void open_shouldNameTheAttachmentForReferenceData() throws Exception {
        Map<String, Object> document = map(open("key-alice", docx, false).config(), "document");

        assertEquals(Map.of("fileKey", String.valueOf(docx.id()), "instanceId", app.settings.instanceId()),
                document.get("referenceData"));
    }

    @Test
    void open_shouldBuildLinksOnTheInternalConfluenceUrl() throws Exception {
        app.set("confluenceInternalUrl", "http://confluence:8090/confluence");

        Map<String, Object> config = open("key-alice", docx, false).config();

        assertTrue(((String) map(config, "document").get("url")).startsWith("http://confluence:8090/confluence/"));
        assertTrue(((String) map(config, "editorConfig").get("callbackUrl"))
                .startsWith("http://confluence:8090/confluence/"));
    }

    @Test
    void open_shouldNotEditAfterLosingEditPermission() throws Exception {
        app.permissions.revokeEdit("key-alice", docx.id()).allowView("key-alice", docx.id());

        assertEquals("view", map(open("key-alice", docx, false).config(), "editorConfig").get("mode"));
    }

    @Test
    void languageMapping_shouldFallBackToEnglish() throws IOException {
        assertEquals("en", EditorLanguage.lang(Locale.ROOT));
        assertEquals("sr-Cyrl", EditorLanguage.lang(Locale.forLanguageTag("sr-Cyrl-RS")));
        assertEquals("sr", EditorLanguage.lang(Locale.forLanguageTag("sr-Latn")));
    }

    @Test
    void open_shouldFollowConfluencesThemeAndUseTheMobileEditorOnPhones() throws Exception {
        app.users.signIn("key-alice");
        Map<String, Object> phone = editors.open(docx.id(), false, EditorClient.of(
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36",
                "dark")).config();
        Map<String, Object> tablet = editors.open(docx.id(), false, EditorClient.of(
                "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1", "light")).config();
        Map<String, Object> unknown = editors.open(docx.id(), false, EditorClient.of(null, "purple")).config();

        assertEquals("mobile", phone.get("type"));
        assertEquals("default-dark", map(map(phone, "editorConfig"), "customization").get("uiTheme"));
        assertEquals("desktop", tablet.get("type"));
        assertEquals("default-light", map(map(tablet, "editorConfig"), "customization").get("uiTheme"));
        assertFalse(map(map(unknown, "editorConfig"), "customization").containsKey("uiTheme"));
        // The theme is part of the signed config, like everything else the Docs server reads.
        Map<String, Object> signed = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time))
                .verify((String) phone.get("token"));
        assertEquals("default-dark", map(map(signed, "editorConfig"), "customization").get("uiTheme"));
        assertEquals("mobile", signed.get("type"));
    }
}
