package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.people.PeopleFixture;
import app.docsbridge.testing.PropertiesMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionServletTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/mentions";
    private static final String[] XSRF = CreateServletTest.XSRF;
    private final PeopleFixture f = new PeopleFixture();
    private ServletServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(PATH, new MentionServlet(f.notifier, f.app.users,
                new PropertiesMessages(), f.app.hostUrls)));
        f.app.users.signIn("key-alice");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String body(String emails) {
        return "{\"attachmentId\":" + f.file.id() + ",\"message\":\"Look\",\"emails\":" + emails
                + ",\"actionLink\":{\"action\":{\"type\":\"comment\",\"data\":\"c1\"}}}";
    }

    @Test
    void notifiesAndSaysOnlyWhetherMailCanGoOut() throws Exception {
        HttpResponse<byte[]> response = server.post(PATH, body("[\"bob@example.com\",\"dave@example.com\"]"), XSRF);
        assertEquals(200, response.statusCode());
        assertEquals(Map.of("ok", true, "mailServer", true), Json.readObject(ServletServer.text(response)));
        assertEquals(List.of("bob@example.com"), f.app.mail.sent.stream().map(m -> m.to()).toList());

        f.app.mail.configured(false);
        HttpResponse<byte[]> noServer = server.post(PATH, body("[\"dave@example.com\"]"), XSRF);
        assertEquals(Map.of("ok", true, "mailServer", false), Json.readObject(ServletServer.text(noServer)));
    }

    @Test
    void withoutTheXsrfHeadersOrFromAnotherSiteNothingIsSent() throws Exception {
        assertEquals(403, server.post(PATH, body("[\"bob@example.com\"]"), "Content-Type", "application/json").statusCode());
        assertEquals(403, server.post(PATH, body("[\"bob@example.com\"]"), "X-Atlassian-Token", "no-check",
                "Content-Type", "text/plain").statusCode());
        assertEquals(403, server.post(PATH, body("[\"bob@example.com\"]"), "X-Atlassian-Token", "no-check",
                "Content-Type", "application/json", "Origin", "https://evil.example.org").statusCode());
        assertTrue(f.app.mail.sent.isEmpty());
    }

    @Test
    void malformedRequestsAreRefusedAndNothingIsSent() throws Exception {
        String id = "\"attachmentId\":" + f.file.id();
        for (String bad : List.of("{}", "not json", "{\"attachmentId\":0,\"emails\":[]}",
                "{" + id + ",\"emails\":\"bob@example.com\"}",
                "{" + id + ",\"emails\":[1]}",
                "{" + id + ",\"emails\":[\"bob@example.com\"],\"message\":{\"x\":1}}",
                "{" + id + ",\"emails\":[\"bob@example.com\"],\"actionLink\":\"comment-1\"}",
                "{" + id + ",\"emails\":[\"bob@example.com\"],\"actionLink\":{\"x\":\"" + "y".repeat(3000) + "\"}}")) {
            HttpResponse<byte[]> response = server.post(PATH, bad, XSRF);
            assertEquals(400, response.statusCode(), bad);
            assertEquals("badRequest", Json.readObject(ServletServer.text(response)).get("error"));
        }
        assertTrue(f.app.mail.sent.isEmpty());
    }

    @Test
    void signedOutVisitorsAndPeopleWhoMayNotSeeTheFile() throws Exception {
        f.app.users.signIn("key-dave");
        assertEquals(404, server.post(PATH, body("[\"bob@example.com\"]"), XSRF).statusCode());
        f.app.users.signOut();
        assertEquals(401, server.post(PATH, body("[\"bob@example.com\"]"), XSRF).statusCode());
        assertTrue(f.app.mail.sent.isEmpty());
    }
}
