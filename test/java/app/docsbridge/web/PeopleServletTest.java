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

class PeopleServletTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/people";
    private final PeopleFixture f = new PeopleFixture();
    private ServletServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(PATH, new PeopleServlet(f.search, f.app.users,
                new PropertiesMessages())));
        f.app.users.signIn("key-alice");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Map<String, Object> get(String query) throws Exception {
        HttpResponse<byte[]> response = server.get(PATH + "?attachmentId=" + f.file.id() + query);
        assertEquals(200, response.statusCode(), ServletServer.text(response));
        return Json.readObject(ServletServer.text(response));
    }

    @SuppressWarnings("unchecked")
    private static List<String> emails(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("users")).stream().map(u -> (String) u.get("email")).toList();
    }

    @Test
    void unpagedAndPagedMentionLists() throws Exception {
        Map<String, Object> all = get("&c=mention");
        assertEquals("mention", all.get("c"));
        assertEquals(List.of("bob@example.com", "carol@example.com"), emails(all));
        assertEquals(false, all.get("isPaginated"));

        Map<String, Object> paged = get("&c=mention&search=ca&from=0&count=5");
        assertEquals(List.of("carol@example.com"), emails(paged));
        assertEquals(true, paged.get("isPaginated"));
        assertEquals(1, paged.get("total"));
        @SuppressWarnings("unchecked")
        Map<String, Object> carol = ((List<Map<String, Object>>) paged.get("users")).get(0);
        assertEquals(Map.of("id", "key-carol", "name", "Carol Cole", "email", "carol@example.com"), carol);
    }

    @Test
    void infoAndProtect() throws Exception {
        assertEquals(List.of("bob@example.com"), emails(get("&c=info&id=key-bob&id=key-dave")));
        assertEquals(List.of("alice@example.com"), emails(get("&c=protect")));
    }

    @Test
    void badInputIsRefusedWithAClearMessage() throws Exception {
        for (String query : List.of("&c=everyone", "&c=mention&from=-1", "&c=mention&count=ten", "&c=info",
                "&c=mention&count=99999999")) {
            HttpResponse<byte[]> response = server.get(PATH + "?attachmentId=" + f.file.id() + query);
            assertEquals(400, response.statusCode(), query);
            assertEquals("The request was incomplete. Reload the page and try again.",
                    Json.readObject(ServletServer.text(response)).get("message"));
        }
        assertEquals(400, server.get(PATH + "?c=mention").statusCode());
    }

    @Test
    void filesTheUserMayNotSeeAndSignedOutVisitors() throws Exception {
        f.app.users.signIn("key-dave");
        HttpResponse<byte[]> hidden = server.get(PATH + "?attachmentId=" + f.file.id() + "&c=mention");
        assertEquals(404, hidden.statusCode());
        assertEquals("notFound", Json.readObject(ServletServer.text(hidden)).get("error"));
        assertEquals(404, server.get(PATH + "?attachmentId=98765&c=mention").statusCode());
        f.app.users.signOut();
        HttpResponse<byte[]> anonymous = server.get(PATH + "?attachmentId=" + f.file.id() + "&c=mention");
        assertEquals(401, anonymous.statusCode());
        assertTrue(ServletServer.text(anonymous).contains("loginRequired"));
    }
}
