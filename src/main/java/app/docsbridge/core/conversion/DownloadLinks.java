package app.docsbridge.core.conversion;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.jwt.ExpiredTokenException;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The short-lived links of "Download as": the browser downloads the Docs server's result through Confluence, under
 * the name the user chose. The token (signed with the app's own secret) names the result link, the file name, the
 * source attachment and the user; it is useless to anyone else and expires before the Docs server's link does.
 */
public class DownloadLinks {

    public static final String PATH = "/plugins/servlet/onlyoffice/download-as";

    /** The Docs server keeps result links valid for 15 minutes. */
    static final Duration TTL = Duration.ofMinutes(10);

    /** What a verified link lets its user download. */
    public record DownloadLink(long attachmentId, String userKey, String resultUrl, String fileName) {
    }

    private final AppSettings settings;
    private final TimeSource time;

    public DownloadLinks(AppSettings settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
    }

    public String token(DownloadLink link) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("act", "download-as");
        claims.put("att", link.attachmentId());
        if (link.userKey() != null) {
            claims.put("usr", link.userKey());
        }
        claims.put("url", link.resultUrl());
        claims.put("name", link.fileName());
        return codec().sign(claims, TTL);
    }

    /**
     * The file an expired download link was made for, when the token is ours and only too old: the way back to its
     * page. Empty for anything else.
     */
    public OptionalLong expiredLinkAttachment(String token) {
        try {
            codec().verify(token);
        } catch (ExpiredTokenException e) {
            if ("download-as".equals(e.claims().get("act")) && e.claims().get("att") instanceof Number attachment) {
                return OptionalLong.of(attachment.longValue());
            }
        } catch (InvalidTokenException e) {
            // not ours, or not expired but invalid: nothing to go back to
        }
        return OptionalLong.empty();
    }

    public DownloadLink verify(String token) throws InvalidTokenException {
        Map<String, Object> claims = codec().verify(token);
        if (!"download-as".equals(claims.get("act")) || !claims.containsKey("exp")) {
            throw new InvalidTokenException("link is not a download link");
        }
        if (!(claims.get("att") instanceof Number attachment) || !(claims.get("url") instanceof String url)
                || !(claims.get("name") instanceof String name)) {
            throw new InvalidTokenException("download link is incomplete");
        }
        Object user = claims.get("usr");
        return new DownloadLink(attachment.longValue(), user instanceof String u ? u : null, url, name);
    }

    private JwtCodec codec() {
        return new JwtCodec(settings.linkSecret(), new TimeSourceClock(time));
    }
}
