package app.docsbridge.core.conversion;

import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversionServiceTest {

    private static final long PAGE = 7;
    private static final String ALICE = "key-alice";
    private static final byte[] RESULT = "converted docx bytes".getBytes(StandardCharsets.UTF_8);

    private final TestApp app = new TestApp();
    private final FakeDocsServer docs;
    private final ConversionService conversions;
    private final List<Map<String, Object>> received = Collections.synchronizedList(new ArrayList<>());

    ConversionServiceTest() throws Exception {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        conversions = new ConversionService(app.attachments, app.permissions, app.formats, app.actions, app.settings,
                app.links, app.docs, app.locks, app.spool, app.comments);
    }

    @AfterEach
    void tearDown() {
        docs.close();
    }

    private StoredAttachment source(String name) {
        StoredAttachment source = app.attachments.add(PAGE, name, new byte[] {1, 2, 3}, ALICE);
        app.permissions.allowView(ALICE, source.id()).allowAddAttachments(ALICE, PAGE);
        return source;
    }

    /** The Docs server answers "running" {@code pollsBeforeDone} times, then the result. */
    private AtomicInteger docsConverts(int pollsBeforeDone, String resultUrl) {
        AtomicInteger calls = new AtomicInteger();
        docs.converter(request -> {
            received.add(request);
            return calls.incrementAndGet() <= pollsBeforeDone
                    ? Map.of("percent", 0, "endConvert", false)
                    : Map.of("fileUrl", resultUrl, "fileType", request.get("outputtype"), "percent", 100,
                    "endConvert", true);
        });
        return calls;
    }

    @Test
    void convert_shouldPollWithTheSameAsynchronousRequestAndStoreTheResultOnce() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        AtomicInteger calls = docsConverts(2, docs.serve("/cache/files/conv_1/output.docx?md5=x&expires=1", RESULT));

        ConversionStatus first = conversions.convert(ALICE, letter.id(), "docx");
        ConversionStatus second = conversions.convert(ALICE, letter.id(), "DOCX");
        ConversionStatus third = conversions.convert(ALICE, letter.id(), "docx");
        ConversionStatus again = conversions.convert(ALICE, letter.id(), "docx");

        assertFalse(first.done());
        assertFalse(second.done());
        assertTrue(third.succeeded());
        StoredAttachment stored = third.stored();
        assertEquals("Letter.docx", stored.fileName());
        assertEquals(PAGE, stored.pageId());
        assertEquals(ALICE, stored.lastModifierKey());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", stored.mediaType());
        assertArrayEquals(RESULT, app.attachments.latestBytes(stored.id()));
        assertEquals(stored, again.stored(), "a poll after the end answers the stored attachment");
        assertEquals(3, calls.get(), "and does not ask the Docs server again");
        assertEquals(2, app.attachments.listOnPage(PAGE).size());

        Map<String, Object> request = received.get(0);
        assertEquals(true, request.get("async"));
        assertEquals("doc", request.get("filetype"));
        assertEquals("docx", request.get("outputtype"));
        assertEquals("Letter.docx", request.get("title"));
        assertTrue(((String) request.get("url")).startsWith(TestApp.CONFLUENCE + SignedLinks.FILE_PATH + "?token="));
        assertTrue(request.containsKey("token"), "signed for the Docs server");
        assertEquals(1, received.stream().map(r -> r.get("key")).distinct().count(), "one key for every poll");
    }

    @Test
    void convert_shouldStoreANewVersionOfTheEarlierResultAfterTheSourceChanged() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        ConversionStatus first = conversions.convert(ALICE, letter.id(), "docx");
        assertEquals(ConversionStatus.Outcome.CREATED, first.outcome());
        app.permissions.allowEdit(ALICE, first.stored().id());

        app.time.advance(Duration.ofMinutes(1));
        app.attachments.storeVersion(letter.id(), ALICE, new ByteArrayInputStream(new byte[] {9, 9}), 2, "new");
        ConversionPlanCheck.assertPlan(conversions.plan(ALICE, app.attachments.find(letter.id()).orElseThrow(), "docx"),
                "Letter.docx", first.stored().id(), false);
        ConversionStatus second = conversions.convert(ALICE, letter.id(), "docx");

        assertEquals(2, received.size());
        assertNotEquals(received.get(0).get("key"), received.get(1).get("key"));
        assertEquals(ConversionStatus.Outcome.UPDATED, second.outcome());
        assertEquals(first.stored().id(), second.stored().id(), "the earlier result, not Letter (1).docx");
        assertEquals(2, second.stored().version());
        assertEquals("Letter.docx", second.stored().fileName());
        assertEquals(2, app.attachments.listOnPage(PAGE).size());

        ConversionStatus again = conversions.convert(ALICE, letter.id(), "docx");
        assertEquals(ConversionStatus.Outcome.EXISTING, again.outcome(), "the changed version converted once");
        assertEquals(2, received.size());
    }

    /**
     * The comment on the new version of a re-converted file is stored once and read by everyone who opens the file's
     * history, so it is in the site's language (decisions/0011), in each of the eight, whatever the language of the
     * person who converted. The expected texts are written out here, so a missing or untranslated text, an
     * unfilled placeholder or a digit-grouped version number fails.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en    | Converted again from Br\u00fccke.doc (version 1234) in ONLYOFFICE",
            "de    | Erneut aus Br\u00fccke.doc (Version 1234) in ONLYOFFICE konvertiert",
            "fr    | Converti \u00e0 nouveau depuis Br\u00fccke.doc (version 1234) dans ONLYOFFICE",
            "es    | Convertido de nuevo desde Br\u00fccke.doc (versi\u00f3n 1234) en ONLYOFFICE",
            "it    | Convertito di nuovo da Br\u00fccke.doc (versione 1234) in ONLYOFFICE",
            "pt-BR | Convertido novamente de Br\u00fccke.doc (vers\u00e3o 1234) no ONLYOFFICE",
            "ru    | \u041f\u043e\u0432\u0442\u043e\u0440\u043d\u043e \u043f\u0440\u0435\u043e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u043e \u0438\u0437 Br\u00fccke.doc (\u0432\u0435\u0440\u0441\u0438\u044f 1234) \u0432 ONLYOFFICE",
            "zh-CN | \u5728 ONLYOFFICE \u4e2d\u4ece Br\u00fccke.doc\uff08\u7248\u672c 1234\uff09\u91cd\u65b0\u8f6c\u6362",
    })
    void convert_again_shouldCommentTheNewVersionInTheSitesLanguage(String site, String expected) throws Exception {
        app.users.add(ALICE, "alice", "Alice Able");
        app.users.setLocale(ALICE, site.equals("fr") ? Locale.GERMAN : Locale.FRENCH);
        app.users.setSiteLocale(Locale.forLanguageTag(site));
        StoredAttachment bridge = source("Br\u00fccke.doc");
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        StoredAttachment first = conversions.convert(ALICE, bridge.id(), "docx").stored();
        app.permissions.allowEdit(ALICE, first.id());
        app.time.advance(Duration.ofMinutes(1));
        app.attachments.storeVersion(bridge.id(), ALICE, new ByteArrayInputStream(new byte[] {9, 9}), 2, "new");
        // The source is at version 1234 (a number people write without grouping: "1234", never "1.234").
        for (int v = 3; v <= 1234; v++) {
            app.attachments.storeVersion(bridge.id(), ALICE, new ByteArrayInputStream(new byte[] {(byte) v}), 1, "");
        }

        ConversionStatus second = conversions.convert(ALICE, bridge.id(), "docx");

        assertEquals(ConversionStatus.Outcome.UPDATED, second.outcome());
        assertEquals(expected, app.attachments.comment(first.id(), 2));
    }

    @Test
    void convert_shouldStoreANewFileWhenTheUserMayNotAddVersionsToTheEarlierResult() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        StoredAttachment firstResult = conversions.convert(ALICE, letter.id(), "docx").stored();

        app.time.advance(Duration.ofMinutes(1));
        app.attachments.storeVersion(letter.id(), ALICE, new ByteArrayInputStream(new byte[] {9, 9}), 2, "new");
        ConversionStatus second = conversions.convert(ALICE, letter.id(), "docx");

        assertEquals(ConversionStatus.Outcome.CREATED, second.outcome());
        assertNotEquals(firstResult.id(), second.stored().id());
        assertEquals("Letter (1).docx", second.stored().fileName());
    }

    @Test
    void convert_sameVersionAgain_shouldAnswerTheExistingResultWithoutAskingTheDocsServer() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        StoredAttachment first = conversions.convert(ALICE, letter.id(), "docx").stored();
        ConversionPlanCheck.assertPlan(conversions.plan(ALICE, letter, "docx"), "Letter.docx", first.id(), true);

        ConversionStatus again = conversions.convert(ALICE, letter.id(), "docx");

        assertEquals(ConversionStatus.Outcome.EXISTING, again.outcome());
        assertEquals(first, again.stored());
        assertEquals(1, received.size());
        assertEquals(2, app.attachments.listOnPage(PAGE).size());
    }

    @Test
    void convert_shouldUseTheNameTheUserChoseWhenTheDefaultIsTaken() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        app.attachments.add(PAGE, "Letter.docx", new byte[] {5}, ALICE);
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        ConversionService.Plan plan = conversions.plan(ALICE, letter, "docx");
        assertTrue(plan.nameTaken());
        assertNull(plan.earlier());

        ConversionStatus status = conversions.convert(ALICE, letter.id(), "docx", "Letter converted.");

        assertEquals("Letter converted.docx", status.stored().fileName(), "a trailing dot is not doubled");
        assertEquals(ConversionStatus.Outcome.CREATED, status.outcome());
    }

    @Test
    void convert_shouldStoreAgainWhenTheEarlierResultWasDeleted() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        StoredAttachment first = conversions.convert(ALICE, letter.id(), "docx").stored();
        app.attachments.delete(first.id());

        StoredAttachment second = conversions.convert(ALICE, letter.id(), "docx").stored();

        assertNotEquals(first.id(), second.id());
        assertEquals("Letter.docx", second.fileName());
    }

    @Test
    void convert_shouldStoreOnceWhenPollsArriveTogether() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        app.attachments.slowStores(Duration.ofMillis(50));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> polls = Collections.nCopies(4,
                    () -> conversions.convert(ALICE, letter.id(), "docx").stored().id());
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(polls)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
            assertEquals(2, app.attachments.listOnPage(PAGE).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void convert_shouldSpoolAResultOfUnknownLength() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        byte[] big = new byte[300_000];
        new java.util.Random(1).nextBytes(big);
        docsConverts(0, docs.serve("/cache/chunked.docx", big, true));

        StoredAttachment stored = conversions.convert(ALICE, letter.id(), "docx").stored();

        assertArrayEquals(big, app.attachments.latestBytes(stored.id()));
    }

    @Test
    void convert_shouldNeverFetchAResultFromAnotherHost() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docsConverts(0, "https://attacker.example/cache/out.docx");

        ConversionStatus status = conversions.convert(ALICE, letter.id(), "docx");

        assertEquals(ConversionFailure.FAILED, status.failure());
        assertEquals(1, app.attachments.listOnPage(PAGE).size());
    }

    @Test
    void convert_shouldReportADocsErrorCodeAsItsReason() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docs.converter(request -> Map.of("error", -5));

        ConversionStatus status = conversions.convert(ALICE, letter.id(), "docx");

        assertTrue(status.done());
        assertEquals(ConversionFailure.PASSWORD, status.failure());
        assertEquals(-5, status.code());
        assertNull(status.stored());
    }

    @Test
    void convert_shouldReportAnUnreachableDocsServer() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docs.close();

        assertEquals(ConversionFailure.UNAVAILABLE, conversions.convert(ALICE, letter.id(), "docx").failure());
    }

    @Test
    void convert_shouldReportAStoreFailure() throws Exception {
        StoredAttachment letter = source("Letter.doc");
        docsConverts(0, docs.serve("/cache/out.docx", RESULT));
        app.attachments.failStoresWith(new java.io.IOException("quota"));

        assertEquals(ConversionFailure.STORE_FAILED, conversions.convert(ALICE, letter.id(), "docx").failure());
    }

    @Test
    void convert_shouldConvertPdfFamilyFilesToPdfAndFormsToFillablePdf() throws Exception {
        StoredAttachment xps = source("scan.xps");
        StoredAttachment form = source("request.docxf");
        docsConverts(0, docs.serve("/cache/out.pdf", RESULT));

        assertEquals("scan.pdf", conversions.convert(ALICE, xps.id(), "pdf").stored().fileName());
        assertEquals("request.pdf", conversions.convert(ALICE, form.id(), "pdf").stored().fileName());

        assertFalse(received.get(0).containsKey("pdf"));
        assertEquals(Map.of("form", true), received.get(1).get("pdf"));
    }

    @Test
    void convert_shouldRefuseWhatTheMenuWouldNotOffer() {
        StoredAttachment letter = source("Letter.doc");
        StoredAttachment docx = source("Report.docx");
        StoredAttachment big = app.attachments.addWithSize(PAGE, "big.doc", AttachmentActions.MAX_FILE_BYTES + 1);
        app.permissions.allowView(ALICE, big.id());
        app.permissions.allowView(null, letter.id());

        assertReason(ConversionException.Reason.NOT_FOUND, () -> conversions.convert("key-bob", letter.id(), "docx"));
        assertReason(ConversionException.Reason.NOT_FOUND, () -> conversions.convert(ALICE, 424242, "docx"));
        assertReason(ConversionException.Reason.LOGIN_REQUIRED, () -> conversions.convert(null, letter.id(), "docx"));
        assertReason(ConversionException.Reason.UNSUPPORTED_TARGET,
                () -> conversions.convert(ALICE, letter.id(), "pdf"));
        assertReason(ConversionException.Reason.UNSUPPORTED_TARGET,
                () -> conversions.convert(ALICE, docx.id(), "docx"));
        assertReason(ConversionException.Reason.TOO_LARGE, () -> conversions.convert(ALICE, big.id(), "docx"));
        app.permissions.allowView("key-bob", letter.id());
        assertReason(ConversionException.Reason.FORBIDDEN, () -> conversions.convert("key-bob", letter.id(), "docx"));
        assertTrue(docs.requests().isEmpty());
    }

    @Test
    void convert_shouldRefuseWithoutDocsAddressOrSecret() {
        StoredAttachment letter = source("Letter.doc");
        app.settingsStore.put("jwtSecret", "");

        assertReason(ConversionException.Reason.NOT_CONFIGURED, () -> conversions.convert(ALICE, letter.id(), "docx"));
        app.settingsStore.put("jwtSecret", TestApp.SECRET).put("docsUrl", "");
        assertReason(ConversionException.Reason.NOT_CONFIGURED, () -> conversions.convert(ALICE, letter.id(), "docx"));
    }

    @Test
    void downloadAs_shouldPollAndHandTheResultLinkOnWithoutStoring() throws Exception {
        StoredAttachment report = source("Report.docx");
        app.permissions.allowView(null, report.id());
        String url = docs.serve("/cache/out.pdf", RESULT);
        docsConverts(1, url);

        ConversionStatus first = conversions.downloadAs(null, report.id(), "pdf");
        ConversionStatus second = conversions.downloadAs(null, report.id(), "pdf");

        assertFalse(first.done());
        assertTrue(second.succeeded());
        assertEquals(url, second.resultUrl());
        assertEquals("pdf", second.fileType());
        assertNull(second.stored());
        assertEquals(1, app.attachments.listOnPage(PAGE).size(), "nothing is stored");
        assertEquals(received.get(0).get("key"), received.get(1).get("key"));
    }

    @Test
    void downloadAs_shouldOfferOnlyTheFormatsTheFileConvertsTo() {
        StoredAttachment report = source("Report.docx");

        assertReason(ConversionException.Reason.UNSUPPORTED_TARGET,
                () -> conversions.downloadAs(ALICE, report.id(), "xlsx"));
        assertReason(ConversionException.Reason.UNSUPPORTED_TARGET,
                () -> conversions.downloadAs(ALICE, report.id(), "docx"));
        assertReason(ConversionException.Reason.NOT_FOUND,
                () -> conversions.downloadAs("key-bob", report.id(), "pdf"));
    }

    @Test
    void parse_shouldReadEveryShapeOfAnswer() {
        assertEquals(ConversionStatus.running(0), ConversionService.parse(Map.of("percent", 0, "endConvert", false), "pdf"));
        assertEquals(42, ConversionService.parse(Map.of("percent", 42), "pdf").percent());
        assertEquals(99, ConversionService.parse(Map.of("percent", 100, "endConvert", false), "pdf").percent(),
                "never 100 before the end");
        assertEquals(ConversionStatus.converted("https://d/x", "png"),
                ConversionService.parse(Map.of("fileUrl", "https://d/x", "fileType", "PNG", "endConvert", true), "png"));
        assertEquals("pdf", ConversionService.parse(Map.of("fileUrl", "https://d/x", "endConvert", true), "pdf")
                .fileType(), "the target when the type is missing");
        assertEquals(ConversionFailure.FAILED, ConversionService.parse(Map.of("endConvert", true), "pdf").failure());
        assertEquals(ConversionFailure.FAILED, ConversionService.parse(Map.of("error", 0), "pdf").failure());
        assertEquals(ConversionFailure.TOO_LARGE, ConversionService.parse(Map.of("error", -10), "pdf").failure());
    }

    private static void assertReason(ConversionException.Reason reason,
                                     org.junit.jupiter.api.function.Executable call) {
        assertEquals(reason, assertThrows(ConversionException.class, call).reason());
    }

    /** Checks a plan: the result's name, the earlier result it names, and whether that is up to date. */
    static final class ConversionPlanCheck {
        static void assertPlan(ConversionService.Plan plan, String fileName, long earlierId, boolean upToDate) {
            assertEquals(fileName, plan.fileName());
            assertEquals(earlierId, plan.earlier().id());
            assertEquals(upToDate, plan.upToDate());
            assertFalse(plan.nameTaken());
        }
    }
}
