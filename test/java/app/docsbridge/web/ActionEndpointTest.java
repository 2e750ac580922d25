package app.docsbridge.web;

import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.json.Json;
import app.docsbridge.testing.FixedHostUrls;
import app.docsbridge.testing.MemoryUsers;
import app.docsbridge.testing.PropertiesMessages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The start every JSON action endpoint shares: who asks and in which language, the XSRF refusal before any work, and
 * the refusals' {@code {error, message}} shape, through a servlet that does nothing else.
 */
class ActionEndpointTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/probe";
    private static final String[] XSRF = CreateServletTest.XSRF;

    private final MemoryUsers users = new MemoryUsers();
    private final PropertiesMessages messages = new PropertiesMessages();
    /** Changes the probe made after passing the XSRF check. */
    private final AtomicInteger changes = new AtomicInteger();
    private ServletServer server;

    /** GET answers the caller or, with {@code ?refuse=…}, one of the shared refusals; POST is a state change. */
    private final class Probe extends HttpServlet {

        private final ActionEndpoint endpoint = new ActionEndpoint(users, messages,
                FixedHostUrls.of("https://wiki.example.com/confluence"));

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ActionEndpoint.Caller caller = endpoint.caller(response);
            String refusal = request.getParameter("refuse");
            if (refusal == null) {
                caller.answer(describe(caller));
                return;
            }
            switch (refusal) {
                case "badRequest" -> caller.badRequest();
                case "loginRequired" -> caller.loginRequired();
                case "notConfigured" -> caller.notConfigured();
                case "invalidName" -> caller.invalidName(caller.nameMessage(FileNames.Problem.TOO_LONG),
                        FileNames.Problem.TOO_LONG);
                default -> caller.refuse(415, "unsupported", "docsbridge.saveAs.error.unsupported", "xyz");
            }
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            endpoint.change(request, response, (caller, body) -> {
                changes.incrementAndGet();
                Map<String, Object> json = describe(caller);
                json.put("body", body);
                caller.answer(json);
            });
        }

        private static Map<String, Object> describe(ActionEndpoint.Caller caller) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("userKey", caller.userKey());
            json.put("locale", caller.locale().toLanguageTag());
            return json;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        users.add("key-alice", "alice", "Alice");
        users.setLocale("key-alice", Locale.FRENCH);
        users.setSiteLocale(Locale.GERMAN);
        server = ServletServer.start("/confluence", Map.of(PATH, new Probe()));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private static Map<String, Object> json(HttpResponse<byte[]> response) throws IOException {
        return Json.readObject(ServletServer.text(response));
    }

    @Test
    void theCallerIsTheSignedInUserInTheirLanguage() throws Exception {
        users.signIn("key-alice");
        HttpResponse<byte[]> response = server.post(PATH, "{\"pageId\":7}", XSRF);
        assertEquals(200, response.statusCode());
        assertEquals(Map.of("userKey", "key-alice", "locale", "fr", "body", Map.of("pageId", 7)), json(response));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(1, changes.get());
    }

    @Test
    void anAnonymousVisitorIsACallerWithoutKeyInTheSitesLanguage() throws Exception {
        HttpResponse<byte[]> read = server.get(PATH);
        assertEquals(200, read.statusCode());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("userKey", null);
        expected.put("locale", "de");
        assertEquals(expected, json(read));

        HttpResponse<byte[]> change = server.post(PATH, "not json", XSRF);
        assertEquals(200, change.statusCode(), "the services, not the prologue, decide what a visitor may do");
        expected.put("body", Map.of());
        assertEquals(expected, json(change), "a malformed body is an empty one");
    }

    @Test
    void aChangeFailingTheXsrfCheckIsRefusedInTheCallersLanguageBeforeAnyWork() throws Exception {
        users.signIn("key-alice");
        HttpResponse<byte[]> noHeader = server.post(PATH, "{}", "Content-Type", "application/json");
        HttpResponse<byte[]> notJson = server.post(PATH, "{}", "X-Atlassian-Token", "no-check",
                "Content-Type", "text/plain");
        HttpResponse<byte[]> otherSite = server.post(PATH, "{}", "X-Atlassian-Token", "no-check",
                "Content-Type", "application/json", "Origin", "https://evil.example.org");
        for (HttpResponse<byte[]> response : java.util.List.of(noHeader, notJson, otherSite)) {
            assertEquals(403, response.statusCode());
            assertEquals(Map.of("error", "xsrf", "message", messages.text(Locale.FRENCH, "docsbridge.action.error.xsrf")),
                    json(response));
        }
        assertEquals(0, changes.get());

        users.signOut();
        assertEquals(messages.text(Locale.GERMAN, "docsbridge.action.error.xsrf"),
                json(server.post(PATH, "{}", "Content-Type", "application/json")).get("message"));
        assertEquals(0, changes.get());
    }

    @Test
    void sharedRefusalsAnswerErrorAndMessage() throws Exception {
        users.signIn("key-alice");
        Locale fr = Locale.FRENCH;
        assertRefusal("badRequest", 400, Map.of("error", "badRequest",
                "message", messages.text(fr, "docsbridge.action.error.badRequest")));
        assertRefusal("loginRequired", 401, Map.of("error", "loginRequired",
                "message", messages.text(fr, "docsbridge.action.error.loginRequired")));
        assertRefusal("notConfigured", 503, Map.of("error", "notConfigured",
                "message", messages.text(fr, "docsbridge.action.error.notConfigured")));
        assertRefusal("invalidName", 400, Map.of("error", "invalidName",
                "message", messages.text(fr, "docsbridge.create.name.tooLong", FileNames.MAX_LENGTH),
                "problem", "TOO_LONG"));
        assertRefusal("other", 415, Map.of("error", "unsupported",
                "message", messages.text(fr, "docsbridge.saveAs.error.unsupported", "xyz")));
    }

    private void assertRefusal(String refusal, int status, Map<String, Object> expected) throws Exception {
        HttpResponse<byte[]> response = server.get(PATH + "?refuse=" + refusal);
        assertEquals(status, response.statusCode(), refusal);
        assertEquals(expected, json(response), refusal);
        assertEquals("application/json;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT), refusal);
    }
}
