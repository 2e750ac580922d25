package app.docsbridge.core.preview;

import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.preview.PreviewMacroRenderer.Rendered;
import app.docsbridge.core.preview.PreviewMacroRenderer.Target;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewMacroRendererTest {

    private static final long PAGE = 1001;
    private static final long OTHER_PAGE = 1002;

    private final TestApp app = new TestApp();
    private final Pages pages = new Pages();
    private PreviewMacroRenderer renderer;
    private StoredAttachment report;

    /** Pages by "SPACE:Title"; a page is viewable unless hidden for a user. */
    static final class Pages implements ContentDirectory {
        final Map<String, Long> byTitle = new HashMap<>();
        final Set<Long> hidden = new HashSet<>();

        @Override
        public Optional<Long> findPage(String spaceKey, String title) {
            return Optional.ofNullable(byTitle.get(spaceKey + ":" + title));
        }

        @Override
        public Optional<Long> findBlogPost(String spaceKey, String title, LocalDate day) {
            return Optional.ofNullable(byTitle.get(spaceKey + ":/" + day + "/" + title));
        }

        @Override
        public boolean canViewPage(String userKey, long pageId) {
            return !hidden.contains(pageId);
        }
    }

    @BeforeEach
    void setUp() {
        app.users.add("u-alice", "alice", "Alice <Admin>");
        app.users.signIn("u-alice");
        report = app.attachments.add(PAGE, "Report.docx", "hello".getBytes(StandardCharsets.UTF_8), "u-alice");
        app.permissions.allowView("u-alice", report.id());
        pages.byTitle.put("DEV:Project plan", PAGE);
        pages.byTitle.put("DEV:Secret", OTHER_PAGE);
        pages.byTitle.put("DEV:/2026-11-02/Release notes", OTHER_PAGE);
        renderer = new PreviewMacroRenderer(app.attachments, app.permissions, app.users, pages, app.formats,
                app.settings, new PropertiesMessages(), app.hostUrls);
    }

    private Rendered render(Map<String, String> params, String outputType) {
        return renderer.render(PreviewParameters.parse(params), new Target(OptionalLong.of(PAGE), "DEV",
                OutputMode.of(outputType)));
    }

    @Test
    void placeholderWithEscapedNameVersionAuthorAndTypeSizes() {
        Rendered r = render(Map.of("name", "Report.docx", "edit", "true"), "display");
        assertTrue(r.needsScript());
        assertTrue(r.html().contains("data-docsbridge-preview=\"" + report.id() + "\""), r.html());
        assertTrue(r.html().contains("data-show-edit=\"true\""));
        assertTrue(r.html().contains(">Report.docx<"));
        assertTrue(r.html().contains("Version 1 · Alice &lt;Admin&gt;"), r.html());
        assertTrue(r.html().contains("width:100%;height:760px"), r.html());
        Rendered sized = render(Map.of("name", "Report.docx", "width", "50%", "height", "400"), "display");
        assertTrue(sized.html().contains("width:50%;height:400px"), sized.html());
    }

    @Test
    void theEditorPreviewNeverOffersEdit() {
        Rendered r = render(Map.of("name", "Report.docx", "edit", "true"), "preview");
        assertTrue(r.needsScript());
        assertTrue(r.html().contains("data-show-edit=\"false\""));
    }

    @Test
    void exportsAndMailGetAnAbsoluteLinkWithTheName() {
        for (String type : new String[] {"pdf", "word", "email", "feed", "html_export"}) {
            Rendered r = render(Map.of("name", "Report.docx"), type);
            assertFalse(r.needsScript(), type);
            assertTrue(r.html().contains("href=\"" + TestApp.CONFLUENCE + "/download/attachments/1001/Report.docx\""),
                    r.html());
            assertTrue(r.html().contains(">Report.docx</a>"));
        }
    }

    @Test
    void noAccessNeverNamesTheFile() {
        StoredAttachment secret = app.attachments.add(OTHER_PAGE, "Salaries.xlsx", new byte[] {1}, "u-alice");
        Rendered forbiddenFile = render(Map.of("name", "Salaries.xlsx", "page", "Secret"), "display");
        assertTrue(forbiddenFile.html().contains("You do not have access to this file"), forbiddenFile.html());
        assertFalse(forbiddenFile.html().contains("Salaries"));
        assertFalse(forbiddenFile.needsScript());

        pages.hidden.add(OTHER_PAGE);
        app.permissions.allowView("u-alice", secret.id());
        for (String name : new String[] {"Salaries.xlsx", "Missing.xlsx"}) {
            Rendered hiddenPage = render(Map.of("name", name, "page", "DEV:Secret"), "pdf");
            assertTrue(hiddenPage.html().contains("You do not have access to this file"));
            assertFalse(hiddenPage.html().contains(name));
        }
    }

    @Test
    void missingFileDeletedPageAndNoFileSayWhatHappened() {
        assertTrue(render(Map.of("name", "Gone.docx"), "display").html().contains("File not found"));
        Rendered page = render(Map.of("name", "Report.docx", "page", "DEV:Deleted <page>"), "display");
        assertTrue(page.html().contains("Page not found"));
        assertTrue(page.html().contains("&quot;Deleted &lt;page&gt;&quot;"), page.html());
        assertTrue(render(Map.of(), "display").html().contains("No file chosen"));
    }

    @Test
    void filesOnOtherPagesAndBlogPosts() {
        StoredAttachment notes = app.attachments.add(OTHER_PAGE, "Notes.docx", new byte[] {1}, "u-alice");
        app.permissions.allowView("u-alice", notes.id());
        assertTrue(render(Map.of("name", "Notes.docx", "page", "Secret"), "display").needsScript());
        assertTrue(render(Map.of("name", "Notes.docx", "page", "DEV:/2026/11/02/Release notes"), "display")
                .needsScript());
        assertTrue(render(Map.of("name", "notes.DOCX", "page", "DEV:Secret"), "display").html()
                .contains("data-docsbridge-preview=\"" + notes.id() + "\""));
    }

    @Test
    void unconfiguredAppAndUnviewableFilesGetABoxWithTheDownload() {
        StoredAttachment zip = app.attachments.add(PAGE, "Archive.zip", new byte[] {1}, "u-alice");
        app.permissions.allowView("u-alice", zip.id());
        Rendered unsupported = render(Map.of("name", "Archive.zip"), "display");
        assertTrue(unsupported.html().contains("This file cannot be previewed"));
        assertFalse(unsupported.needsScript());

        app.set("jwtSecret", null);
        Rendered unconfigured = render(Map.of("name", "Report.docx"), "display");
        assertTrue(unconfigured.html().contains("ONLYOFFICE Docs is not set up yet"));
        assertFalse(unconfigured.html().contains("/plugins/servlet/onlyoffice/configure"));
        assertFalse(unconfigured.needsScript());
        app.permissions.makeSystemAdmin("u-alice");
        assertTrue(render(Map.of("name", "Report.docx"), "display").html()
                .contains(TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/configure"));
    }

    @Test
    void anonymousVisitorsWithoutAccessAreOfferedSignIn() {
        app.users.signOut();
        Rendered r = render(Map.of("name", "Report.docx"), "display");
        assertTrue(r.html().contains("You do not have access to this file"));
        assertTrue(r.html().contains("Sign in"));
        assertFalse(r.html().contains("Report.docx"));
        app.permissions.allowView(null, report.id());
        assertTrue(render(Map.of("name", "Report.docx"), "display").needsScript());
    }

    @Test
    void unexpectedFailuresAreABoxNotATrace() {
        assertEquals(true, renderer.unexpectedFailure().contains("The preview could not be shown"));
    }
}
