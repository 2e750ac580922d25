package app.docsbridge.core.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocsOriginsTest {

    private static final String CACHE = "/cache/files/data/k_4713/output.docx/output.docx"
            + "?md5=abc-_DEF&expires=1779032275&filename=output.docx";

    private final DocsOrigins origins = new DocsOrigins("https://docs.example.com", "http://docs-internal:8080");
    private final DocsOrigins withBasePath = new DocsOrigins("https://www.example.com/ds/", "http://10.0.0.5/docs");

    @Test
    void resolve_shouldAcceptTheInternalOriginAsIs() throws ForeignUrlException {
        assertEquals(URI.create("http://docs-internal:8080" + CACHE), origins.resolve("http://docs-internal:8080" + CACHE));
    }

    @Test
    void resolve_shouldRewritePublicToInternalKeepingPathAndQuery() throws ForeignUrlException {
        assertEquals(URI.create("http://docs-internal:8080" + CACHE), origins.resolve("https://docs.example.com" + CACHE));
    }

    @Test
    void resolve_shouldKeepPercentEncodingWhenRewriting() throws ForeignUrlException {
        String path = "/cache/files/data/k/output.docx/My%20Report%C3%A9.docx?filename=My%20Report.docx&md5=a%2Bb";

        assertEquals("http://docs-internal:8080" + path,
                origins.resolve("https://docs.example.com" + path).toString());
    }

    @Test
    void resolve_shouldTreatDefaultPortsAndHostCaseAsTheSameOrigin() throws ForeignUrlException {
        assertEquals(URI.create("http://docs-internal:8080" + CACHE),
                origins.resolve("HTTPS://Docs.Example.COM:443" + CACHE));
    }

    @Test
    void resolve_shouldRewriteBetweenBasePaths() throws ForeignUrlException {
        assertEquals(URI.create("http://10.0.0.5/docs" + CACHE), withBasePath.resolve("https://www.example.com/ds" + CACHE));
        assertEquals(URI.create("http://10.0.0.5/docs" + CACHE), withBasePath.resolve("http://10.0.0.5/docs" + CACHE));
    }

    @Test
    void resolve_shouldUseThePublicOriginWhenNoInternalOneIsSet() throws ForeignUrlException {
        DocsOrigins publicOnly = new DocsOrigins("https://docs.example.com/", "");

        assertEquals(URI.create("https://docs.example.com" + CACHE), publicOnly.resolve("https://docs.example.com" + CACHE));
        assertThrows(ForeignUrlException.class, () -> publicOnly.resolve("http://docs-internal:8080" + CACHE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example.com/cache/files/x",          // another host
            "https://docs.example.com.evil.com/cache/files/x", // suffix trick
            "https://evil.com/?https://docs.example.com/",     // the origin only in the query
            "https://docs.example.com:8443/cache/files/x",     // another port
            "http://docs.example.com/cache/files/x",           // another scheme (port 80 too)
            "https://docs-internal:8080/cache/files/x",        // internal host, wrong scheme
            "http://docs-internal/cache/files/x",              // internal host, wrong port
            "http://127.0.0.1:8080/cache/files/x",             // loopback, not configured
            "file:///etc/passwd",
            "ftp://docs.example.com/cache/files/x",
            "/cache/files/x",                                  // relative
            "docs.example.com/cache/files/x",
            "",
    })
    void resolve_shouldRefuseOtherOrigins(String link) {
        assertThrows(ForeignUrlException.class, () -> origins.resolve(link));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://user:pass@docs.example.com/cache/files/x",
            "https://docs.example.com@evil.com/cache/files/x",
            "http://admin@docs-internal:8080/cache/files/x",
    })
    void resolve_shouldRefuseCredentialsInTheUrl(String link) {
        assertThrows(ForeignUrlException.class, () -> origins.resolve(link));
    }

    @Test
    void resolve_shouldRefuseNullAndGarbage() {
        assertThrows(ForeignUrlException.class, () -> origins.resolve(null));
        assertThrows(ForeignUrlException.class, () -> origins.resolve("https://docs.example.com/a b\\c"));
        assertThrows(ForeignUrlException.class, () -> origins.resolve("https://docs.example.com\\@evil.com/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.example.com/other-app/secret",
            "https://www.example.com/dsx/cache/files/x",       // prefix of the base path, not below it
            "https://www.example.com/",
            "http://10.0.0.5/admin",
            "http://10.0.0.5/docsx/cache",
    })
    void resolve_shouldRefusePathsOutsideTheBasePath(String link) {
        assertThrows(ForeignUrlException.class, () -> withBasePath.resolve(link));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.example.com/ds/../other-app/secret",
            "https://www.example.com/ds/cache/../../other-app/secret",
            "http://10.0.0.5/docs/../admin",
            "https://www.example.com/ds/%2e%2e/other-app/secret",
            "https://www.example.com/ds/%2E%2E/other-app/secret",
            "https://www.example.com/ds/./../other-app",
    })
    void resolve_shouldRefuseDotSegmentsEscapingTheBasePath(String link) {
        assertThrows(ForeignUrlException.class, () -> withBasePath.resolve(link));
    }

    @Test
    void resolve_shouldAcceptNamesThatMerelyContainDots() throws ForeignUrlException {
        String path = "/ds/cache/files/data/k.1_2/output..docx/.docx?filename=..docx";

        assertEquals(URI.create("http://10.0.0.5/docs/cache/files/data/k.1_2/output..docx/.docx?filename=..docx"),
                withBasePath.resolve("https://www.example.com" + path));
    }

    @Test
    void constructor_shouldRefuseRelativeConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new DocsOrigins("docs.example.com", ""));
        assertThrows(IllegalArgumentException.class, () -> new DocsOrigins("https://docs.example.com", "/internal"));
    }
}
