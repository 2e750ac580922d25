package app.docsbridge.core.recovery;

import app.docsbridge.core.callback.ResultFormatException;
import app.docsbridge.core.docs.DocsRejectedException;
import app.docsbridge.core.docs.DocsStalledException;
import app.docsbridge.core.docs.DocsUnavailableException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.port.LockBusyException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Failures are classified by type, so the Configure page can say why in the administrator's language. */
class ProblemReasonTest {

    @Test
    void eachKindOfFailure_shouldHaveItsReason() {
        Map<Exception, ProblemReason> cases = Map.of(
                new LockBusyException("app.docsbridge.attachment.5"), ProblemReason.BUSY,
                new ForeignUrlException("URL is not on the configured Docs server"), ProblemReason.FOREIGN_URL,
                new DocsStalledException("the Docs server stopped sending the file for 60 s"),
                ProblemReason.DOCS_STALLED,
                new DocsUnavailableException("the Docs server answered HTTP 502 to download"),
                ProblemReason.DOCS_UNAVAILABLE,
                new ResultFormatException("converting the result to docx failed: -3"), ProblemReason.CONVERSION_FAILED,
                new DocsRejectedException("the Docs server answered HTTP 403 to download"),
                ProblemReason.DOCS_REJECTED,
                new IllegalStateException("something nobody foresaw"), ProblemReason.OTHER);
        cases.forEach((failure, reason) -> assertEquals(reason, ProblemReason.of(failure), failure.toString()));
    }

    @Test
    void aWrappedCause_shouldBeFoundInTheChain() {
        IOException wrapped = new IOException("store failed", new ConnectException("Connection refused"));

        assertEquals(ProblemReason.DOCS_UNAVAILABLE, ProblemReason.of(wrapped));
    }

    @Test
    void codes_shouldRoundTripAndUnknownCodesShouldReadAsOther() {
        for (ProblemReason reason : ProblemReason.values()) {
            assertEquals(reason, ProblemReason.fromCode(reason.code()));
        }
        assertEquals(ProblemReason.OTHER, ProblemReason.fromCode(""));
        assertEquals(ProblemReason.OTHER, ProblemReason.fromCode("noSuchCode"));
    }
}
