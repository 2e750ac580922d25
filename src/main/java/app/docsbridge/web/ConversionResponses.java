package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionException;
import app.docsbridge.core.conversion.ConversionFailure;
import app.docsbridge.core.conversion.ConversionStatus;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The answers "Convert" and "Download as" share: progress, failures with a message a user understands. */
final class ConversionResponses {

    private final Messages messages;

    ConversionResponses(Messages messages) {
        this.messages = messages;
    }

    /** A conversion request that passed the XSRF check and names an attachment and a target format. */
    record Call(String userKey, Locale locale, Map<String, Object> body, long attachmentId, String target) {
    }

    /** Reads a Convert / Download as POST; answers 403 (XSRF) or 400 (incomplete) itself and returns empty. */
    Optional<Call> accept(HttpServletRequest request, HttpServletResponse response, Users users, HostUrls hostUrls)
            throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        if (!XsrfGuard.allows(request, hostUrls)) {
            xsrf(response, locale);
            return Optional.empty();
        }
        Map<String, Object> body = ActionRequests.body(request);
        OptionalLong attachmentId = ActionRequests.id(body, "attachmentId");
        String target = ActionRequests.text(body, "target");
        if (attachmentId.isEmpty() || target == null) {
            badRequest(response, locale);
            return Optional.empty();
        }
        return Optional.of(new Call(userKey, locale, body, attachmentId.getAsLong(), target));
    }

    /** One poll of a conversion, as the service runs it. */
    @FunctionalInterface
    interface Poll {
        ConversionStatus run() throws ConversionException;
    }

    /**
     * Runs one poll and answers it: refused, failed, still running ({@code {percent, done:false}}), or done, with
     * {@code {percent:100, done:true}} plus what {@code whenDone} adds.
     */
    void poll(HttpServletResponse response, Locale locale, Poll poll,
              java.util.function.Function<ConversionStatus, Map<String, Object>> whenDone) throws IOException {
        ConversionStatus status;
        try {
            status = poll.run();
        } catch (ConversionException e) {
            refused(response, locale, e);
            return;
        }
        if (status.failure() != null) {
            failed(response, locale, status);
        } else if (!status.done()) {
            JsonResponses.send(response, 200, running(status));
        } else {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("percent", 100);
            json.put("done", true);
            json.putAll(whenDone.apply(status));
            JsonResponses.send(response, 200, json);
        }
    }

    /** {@code {percent, done:false}} while the Docs server works. */
    static Map<String, Object> running(ConversionStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("percent", status.percent());
        json.put("done", false);
        return json;
    }

    /** A failed conversion: 503 when the Docs server cannot be reached, 422 otherwise; {@code {error, code?, message}}. */
    void failed(HttpServletResponse response, Locale locale, ConversionStatus status) throws IOException {
        ConversionFailure failure = status.failure();
        Map<String, Object> json = ActionRequests.error(failure.id(), message(locale, failure, status.code()));
        if (status.code() != null) {
            json.put("code", status.code());
        }
        int http = switch (failure) {
            case UNAVAILABLE -> 503;
            case STORE_FAILED -> 500;
            default -> 422;
        };
        JsonResponses.send(response, http, json);
    }

    String message(Locale locale, ConversionFailure failure, Integer code) {
        if (failure == ConversionFailure.FAILED) {
            return code == null ? messages.text(locale, "docsbridge.convert.error.failed.noCode")
                    : messages.text(locale, failure.messageKey(), String.valueOf(code));
        }
        return messages.text(locale, failure.messageKey());
    }

    /** A request that cannot be served at all. */
    void refused(HttpServletResponse response, Locale locale, ConversionException e) throws IOException {
        switch (e.reason()) {
            case LOGIN_REQUIRED -> JsonResponses.send(response, 401, ActionRequests.error("loginRequired",
                    messages.text(locale, "docsbridge.action.error.loginRequired")));
            case NOT_FOUND -> JsonResponses.send(response, 404, ActionRequests.error("notFound",
                    messages.text(locale, "docsbridge.action.error.notFound")));
            case FORBIDDEN -> JsonResponses.send(response, 403, ActionRequests.error("forbidden",
                    messages.text(locale, "docsbridge.convert.error.forbidden")));
            case UNSUPPORTED_TARGET -> JsonResponses.send(response, 400, ActionRequests.error("unsupported",
                    messages.text(locale, "docsbridge.convert.error.unsupported")));
            case TOO_LARGE -> JsonResponses.send(response, 413, ActionRequests.error("tooLarge",
                    messages.text(locale, ConversionFailure.TOO_LARGE.messageKey())));
            case NOT_CONFIGURED -> JsonResponses.send(response, 503, ActionRequests.error("notConfigured",
                    messages.text(locale, "docsbridge.action.error.notConfigured")));
        }
    }

    void xsrf(HttpServletResponse response, Locale locale) throws IOException {
        JsonResponses.send(response, 403, ActionRequests.error("xsrf",
                messages.text(locale, "docsbridge.action.error.xsrf")));
    }

    void badRequest(HttpServletResponse response, Locale locale) throws IOException {
        JsonResponses.send(response, 400, ActionRequests.error("badRequest",
                messages.text(locale, "docsbridge.action.error.badRequest")));
    }
}
