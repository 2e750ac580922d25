package app.docsbridge.core.links;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The links the app hands to the Document Server. Each carries a token signed with the app's own secret (never
 * shared with anyone), naming exactly what it is for and when it stops working.
 */
public class SignedLinks {

    public static final String FILE_PATH = "/plugins/servlet/onlyoffice/file";
    public static final String CALLBACK_PATH = "/plugins/servlet/onlyoffice/callback";
    public static final String CHANGES_PATH = "/plugins/servlet/onlyoffice/changes";
    public static final String TEST_FILE_PATH = "/plugins/servlet/onlyoffice/test-file";

    /** Long enough for the Document Server to fetch the file after a slow page load or a long conversion. */
    static final Duration FILE_TTL = Duration.ofHours(1);
    /** The Document Server calls back when the last editor leaves, which may be days after opening. */
    static final Duration CALLBACK_TTL = Duration.ofDays(7);
    /** The connection test converts a small file at once. */
    static final Duration TEST_FILE_TTL = Duration.ofMinutes(5);

    private final AppSettings settings;
    private final TimeSource time;

    public SignedLinks(AppSettings settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
    }

    public String fileUrl(long attachmentId, int version) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("act", "file");
        claims.put("att", attachmentId);
        claims.put("ver", version);
        return link(FILE_PATH, codec().sign(claims, FILE_TTL));
    }

    /** The change archive the Docs server stored with one version, for the history's highlights. */
    public String changesUrl(long attachmentId, int version) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("act", "changes");
        claims.put("att", attachmentId);
        claims.put("ver", version);
        return link(CHANGES_PATH, codec().sign(claims, FILE_TTL));
    }

    public FileLink verifyChanges(String token) throws InvalidTokenException {
        Map<String, Object> claims = verify(token, "changes");
        return new FileLink(number(claims, "att"), (int) number(claims, "ver"));
    }

    public String callbackUrl(long attachmentId, String userKey, String documentKey) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("act", "callback");
        claims.put("att", attachmentId);
        claims.put("usr", userKey);
        claims.put("key", documentKey);
        return link(CALLBACK_PATH, codec().sign(claims, CALLBACK_TTL));
    }

    /** The file the connection test asks the Docs server to convert, at the address under test. */
    public String testFileUrl(AppSettings.Snapshot candidate) {
        return candidate.confluenceUrlForDocs() + TEST_FILE_PATH + "?token="
                + URLEncoder.encode(codec().sign(Map.of("act", "test"), TEST_FILE_TTL), StandardCharsets.UTF_8);
    }

    public void verifyTestFile(String token) throws InvalidTokenException {
        verify(token, "test");
    }

    public FileLink verifyFile(String token) throws InvalidTokenException {
        Map<String, Object> claims = verify(token, "file");
        return new FileLink(number(claims, "att"), (int) number(claims, "ver"));
    }

    public CallbackLink verifyCallback(String token) throws InvalidTokenException {
        Map<String, Object> claims = verify(token, "callback");
        Object user = claims.get("usr");
        Object key = claims.get("key");
        if (!(user instanceof String) || !(key instanceof String)) {
            throw new InvalidTokenException("callback link lacks its user or key");
        }
        return new CallbackLink(number(claims, "att"), (String) user, (String) key);
    }

    private Map<String, Object> verify(String token, String action) throws InvalidTokenException {
        Map<String, Object> claims = codec().verify(token);
        if (!action.equals(claims.get("act")) || !claims.containsKey("exp")) {
            throw new InvalidTokenException("link is not a " + action + " link");
        }
        return claims;
    }

    private static long number(Map<String, Object> claims, String name) throws InvalidTokenException {
        if (claims.get(name) instanceof Number n) {
            return n.longValue();
        }
        throw new InvalidTokenException("link lacks " + name);
    }

    private String link(String path, String token) {
        return settings.snapshot().confluenceUrlForDocs() + path + "?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private JwtCodec codec() {
        return new JwtCodec(settings.linkSecret(), new TimeSourceClock(time));
    }
}
