package app.docsbridge.web;

import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The start the JSON endpoints of the editor and the dialogs share (create, rename, save copy as, file picker,
 * mentions): who asks and in which language, the XSRF check of a state change, and refusals answered as
 * {@code {error, message}} in that language. A signed-out visitor is a caller too (no user key, the site's
 * language); the services behind the endpoints decide what such a caller may do.
 */
final class ActionEndpoint {

    private final Users users;
    private final Messages messages;
    private final HostUrls hostUrls;

    ActionEndpoint(Users users, Messages messages, HostUrls hostUrls) {
        this.users = users;
        this.messages = messages;
        this.hostUrls = hostUrls;
    }

    /** The caller of a read: nothing changes, so no XSRF check. */
    Caller caller(HttpServletResponse response) {
        String userKey = users.current().map(AppUser::key).orElse(null);
        return new Caller(userKey, users.locale(userKey), response, messages);
    }

    /** A state change, run for a caller past the XSRF check with the request's JSON body. */
    @FunctionalInterface
    interface Change {
        void run(Caller caller, Map<String, Object> body) throws IOException;
    }

    /**
     * Runs a state change with the request's JSON body (empty when missing, malformed or over
     * {@link ActionRequests#MAX_BODY}); a request that fails the XSRF check ({@link XsrfGuard}) is answered 403
     * {@code {error:"xsrf"}} instead, before its body is read.
     */
    void change(HttpServletRequest request, HttpServletResponse response, Change change) throws IOException {
        change(request, response, ActionRequests.MAX_BODY, change);
    }

    /** As {@link #change(HttpServletRequest, HttpServletResponse, Change)}, for bodies of at most {@code maxBody}. */
    void change(HttpServletRequest request, HttpServletResponse response, int maxBody, Change change)
            throws IOException {
        Caller caller = caller(response);
        if (!XsrfGuard.allows(request, hostUrls)) {
            caller.refuse(403, "xsrf", "docsbridge.action.error.xsrf");
            return;
        }
        change.run(caller, ActionRequests.body(request, maxBody));
    }

    /**
     * Who asks ({@code userKey} null for a signed-out visitor), in which language (the site's for a visitor), and the
     * answers every action endpoint gives the same way.
     */
    record Caller(String userKey, Locale locale, HttpServletResponse response, Messages messages) {

        /** A message in the caller's language. */
        String text(String key, Object... args) {
            return messages.text(locale, key, args);
        }

        /** Why a file name is refused, in the caller's language. */
        String nameMessage(FileNames.Problem problem) {
            return CreateServlet.nameMessage(messages, locale, problem);
        }

        /** 200 with the JSON body. */
        void answer(Object body) throws IOException {
            JsonResponses.send(response, 200, body);
        }

        /** {@code status} with {@code {error, message}}, the message in the caller's language. */
        void refuse(int status, String error, String messageKey, Object... args) throws IOException {
            send(status, ActionRequests.error(error, text(messageKey, args)));
        }

        /** 400: the request is missing a field or malformed. */
        void badRequest() throws IOException {
            refuse(400, "badRequest", "docsbridge.action.error.badRequest");
        }

        /** 401: the action needs a signed-in user. */
        void loginRequired() throws IOException {
            refuse(401, "loginRequired", "docsbridge.action.error.loginRequired");
        }

        /** 503: the app has no Docs server configured yet. */
        void notConfigured() throws IOException {
            refuse(503, "notConfigured", "docsbridge.action.error.notConfigured");
        }

        /** 400 {@code {error:"invalidName", message, problem}}: a file name the rules refuse. */
        void invalidName(String message, FileNames.Problem problem) throws IOException {
            Map<String, Object> json = ActionRequests.error("invalidName", message);
            json.put("problem", problem.name());
            send(400, json);
        }

        private void send(int status, Object body) throws IOException {
            JsonResponses.send(response, status, body);
        }
    }
}
