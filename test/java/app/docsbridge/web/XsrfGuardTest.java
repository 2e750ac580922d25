package app.docsbridge.web;

import app.docsbridge.testing.FixedHostUrls;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests may change state: the custom header, a JSON body and, when named, this Confluence's Origin. */
class XsrfGuardTest {

    private static final FixedHostUrls HOST = FixedHostUrls.of("https://wiki.example.com/confluence");
    /** How the node itself is addressed when requests reach it directly (no proxy). */
    private static final String NODE_HOST = "10.0.0.7:8090";

    /**
     * A request as the guard sees it: only headers, content type and scheme can be read (no Mockito here; anything
     * else the guard asked for would fail the test).
     */
    private static HttpServletRequest request(String scheme, String token, String contentType, String origin,
                                              String host) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("x-atlassian-token", token);
        }
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        if (origin != null) {
            headers.put("origin", origin);
        }
        if (host != null) {
            headers.put("host", host);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(XsrfGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    case "getContentType" -> contentType;
                    case "getScheme" -> scheme;
                    case "toString" -> "request" + headers;
                    default -> throw new UnsupportedOperationException(method.getName() + Arrays.toString(args));
                });
    }

    private static boolean allows(String token, String contentType, String origin) {
        return XsrfGuard.allows(request("http", token, contentType, origin, NODE_HOST), HOST);
    }

    @Test
    void allows_shouldAcceptAJsonRequestWithTheHeaderAndNoOrigin() {
        assertTrue(allows("no-check", "application/json", null));
        assertTrue(allows("no-check", "application/json;charset=UTF-8", null));
        assertTrue(allows("no-check", "Application/JSON; charset=utf-8", null));
    }

    @Test
    void allows_shouldAcceptThisConfluencesOrigin() {
        assertTrue(allows("no-check", "application/json", "https://wiki.example.com"));
    }

    @Test
    void allows_shouldAcceptTheNodesOwnOriginWhenReachedDirectly() {
        assertTrue(allows("no-check", "application/json", "http://" + NODE_HOST));
        assertFalse(XsrfGuard.allows(request("http", "no-check", "application/json", "https://" + NODE_HOST,
                NODE_HOST), HOST), "the scheme is part of the origin");
        assertFalse(XsrfGuard.allows(request("http", "no-check", "application/json", "http://" + NODE_HOST, null),
                HOST), "no Host header, no request origin");
    }

    @Test
    void allows_shouldRefuseWithoutTheExactHeader() {
        for (String token : new String[] {null, "", "nocheck", "No-Check", "no-check ", "true", "yes"}) {
            assertFalse(allows(token, "application/json", null), String.valueOf(token));
            assertFalse(allows(token, "application/json", "https://wiki.example.com"), String.valueOf(token));
        }
    }

    @Test
    void allows_shouldRefuseFormAndOtherNonJsonBodies() {
        for (String contentType : new String[] {null, "", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=----x", "text/plain", "text/plain; charset=application/json",
                "text/json", "application/xml"}) {
            assertFalse(allows("no-check", contentType, null), String.valueOf(contentType));
        }
    }

    @Test
    void allows_shouldRefuseForeignOrigins() {
        for (String origin : new String[] {"https://evil.example.com", "null", "", "http://wiki.example.com",
                "https://wiki.example.com:8443", "https://wiki.example.com.evil.com", "https://evil.com/wiki.example.com",
                "https://wiki.example.com/confluence", "https://sub.wiki.example.com"}) {
            assertFalse(allows("no-check", "application/json", origin), origin);
        }
    }

    @Test
    void allows_shouldRefuseAForeignOriginEvenIfTheBaseUrlHasAPortAndPath() {
        FixedHostUrls host = FixedHostUrls.of("http://wiki.internal:8090/wiki");

        assertTrue(XsrfGuard.allows(request("http", "no-check", "application/json", "http://wiki.internal:8090",
                "proxy.internal"), host));
        assertFalse(XsrfGuard.allows(request("http", "no-check", "application/json", "http://wiki.internal",
                "proxy.internal"), host), "another port is another origin");
        assertFalse(XsrfGuard.allows(request("http", "no-check", "application/json", "http://evil:8090",
                "proxy.internal"), host));
    }

    /** Every combination: allowed exactly when all three conditions hold. */
    @Test
    void allows_shouldRequireAllThreeConditions() {
        List<String> tokens = Arrays.asList("no-check", null, "nocheck");
        List<String> contentTypes = Arrays.asList("application/json", "application/json; charset=UTF-8", null,
                "application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
        List<String> origins = Arrays.asList(null, "https://wiki.example.com", "http://" + NODE_HOST,
                "https://evil.example.com", "null");
        int allowed = 0;
        for (String token : tokens) {
            for (String contentType : contentTypes) {
                for (String origin : origins) {
                    boolean expected = "no-check".equals(token) && contentType != null
                            && contentType.startsWith("application/json")
                            && (origin == null || origin.equals("https://wiki.example.com")
                            || origin.equals("http://" + NODE_HOST));
                    assertEquals(expected, allows(token, contentType, origin),
                            token + " | " + contentType + " | " + origin);
                    allowed += expected ? 1 : 0;
                }
            }
        }
        assertEquals(6, allowed, "2 JSON content types × 3 acceptable origins");
    }

    @Test
    void allows_shouldCompareOriginsAsBrowsersSendThem() {
        HttpServletRequest fromBrowser = request("https", "no-check", "application/json", "https://wiki.example.com",
                "proxy.internal");
        assertTrue(XsrfGuard.allows(fromBrowser, FixedHostUrls.of("https://Wiki.Example.com:443/confluence")),
                "upper-case host and default port in the base URL name the same origin");
        assertFalse(XsrfGuard.allows(request("https", "no-check", "application/json", "https://wiki.example.com:8443",
                "proxy.internal"), FixedHostUrls.of("https://wiki.example.com/confluence")), "another port is another origin");
    }
}
