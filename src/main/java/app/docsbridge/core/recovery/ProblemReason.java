package app.docsbridge.core.recovery;

import app.docsbridge.core.callback.ResultFormatException;
import app.docsbridge.core.callback.ResultWriter;
import app.docsbridge.core.docs.DocsRejectedException;
import app.docsbridge.core.docs.DocsStalledException;
import app.docsbridge.core.docs.DocsUnavailableException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.port.LockBusyException;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;

/**
 * Why a save did not go through, as a code the Configure page shows in the administrator's language
 * ({@code docsbridge.admin.problems.reason.<code>}). The exception's English text stays beside it as the technical
 * detail that the logs also show.
 */
public enum ProblemReason {
    STORE_FAILED("storeFailed"),
    BUSY("busy"),
    DOCS_UNAVAILABLE("docsUnavailable"),
    DOCS_STALLED("docsStalled"),
    INCOMPLETE("incomplete"),
    WRONG_CONTENT("wrongContent"),
    TOO_LARGE("tooLarge"),
    ATTACHMENT_GONE("attachmentGone"),
    FOREIGN_URL("foreignUrl"),
    NO_EDIT_RIGHTS("noEditRights"),
    CONVERSION_FAILED("conversionFailed"),
    OLDER_DELIVERY("olderDelivery"),
    GONE_FROM_DOCS("goneFromDocs"),
    DOCS_REJECTED("docsRejected"),
    OTHER("other");

    private final String code;

    ProblemReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The reason of a stored code; {@link #OTHER} for entries written before codes existed. */
    public static ProblemReason fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(OTHER);
    }

    /** Classifies a failure by its type (and its causes'), never by its English message. */
    public static ProblemReason of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ProblemReason reason = direct(t);
            if (reason != OTHER) {
                return reason;
            }
        }
        return OTHER;
    }

    private static ProblemReason direct(Throwable t) {
        if (t instanceof ForgottenFiles.NotStorableException n) {
            return n.why();
        }
        if (t instanceof ResultWriter.StoreFailedException) {
            return STORE_FAILED;
        }
        if (t instanceof LockBusyException) {
            return BUSY;
        }
        if (t instanceof ForeignUrlException) {
            return FOREIGN_URL;
        }
        if (t instanceof ResultWriter.IncompleteResultException) {
            return INCOMPLETE;
        }
        if (t instanceof ResultWriter.UnacceptableResultException u) {
            return switch (u.httpStatus()) {
                case 413 -> TOO_LARGE;
                case 404 -> ATTACHMENT_GONE;
                default -> WRONG_CONTENT;
            };
        }
        if (t instanceof ResultFormatException) {
            return CONVERSION_FAILED;
        }
        if (t instanceof DocsStalledException || t instanceof HttpTimeoutException
                || t instanceof InterruptedIOException) {
            return DOCS_STALLED;
        }
        if (t instanceof DocsUnavailableException || t instanceof ConnectException
                || t instanceof UnknownHostException) {
            return DOCS_UNAVAILABLE;
        }
        if (t instanceof DocsRejectedException) {
            return DOCS_REJECTED;
        }
        return OTHER;
    }
}
