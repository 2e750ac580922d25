package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.people.MentionNotifier;
import app.docsbridge.core.people.PeopleException;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code onRequestSendNotify}: {@code POST {attachmentId, message, emails:[…], actionLink?}} (JSON, XSRF-checked)
 * notifies the people a comment mentions ({@link MentionNotifier}). The answer, {@code {ok:true, mailServer}}, says
 * whether Confluence can send mail at all, never who was notified (that would tell the sender who may see the
 * page). Refusals are {@code {error, message}} in the user's language: 401, 403 (XSRF), 404 (no such file or not the
 * user's to see), 400 (malformed: a missing id, a message that is not text, addresses that are not a list of texts,
 * an action link that is not a small object).
 */
@AnonymousSiteAccess
public class MentionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/plugins/servlet/onlyoffice/mentions";
    /** A comment of the longest kind the notifier quotes, with room for the addresses. */
    static final int MAX_BODY = 256 * 1024;

    private final transient MentionNotifier notifier;
    private final transient Messages messages;
    private final transient ActionEndpoint endpoint;

    public MentionServlet(MentionNotifier notifier, Users users, Messages messages, HostUrls hostUrls) {
        this.notifier = notifier;
        this.messages = messages;
        this.endpoint = new ActionEndpoint(users, messages, hostUrls);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endpoint.change(request, response, MAX_BODY, this::notifyMentioned);
    }

    private void notifyMentioned(ActionEndpoint.Caller caller, Map<String, Object> body) throws IOException {
        OptionalLong attachmentId = ActionRequests.id(body, "attachmentId");
        Object message = body.get("message");
        List<String> emails = texts(body.get("emails"));
        Object link = body.get("actionLink");
        boolean linkOk = link == null || (link instanceof Map<?, ?> && Json.write(link).length()
                <= MentionNotifier.MAX_ACTION_LINK);
        boolean messageOk = message == null
                || (message instanceof String s && s.length() <= MentionNotifier.MAX_MESSAGE);
        if (attachmentId.isEmpty() || !messageOk || emails == null || !linkOk) {
            caller.badRequest();
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> actionLink = (Map<String, Object>) link;
            MentionNotifier.Result result = notifier.notify(caller.userKey(), attachmentId.getAsLong(),
                    message == null ? "" : (String) message, emails, actionLink);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ok", true);
            answer.put("mailServer", !result.noMailServer());
            caller.answer(answer);
        } catch (PeopleException e) {
            PeopleServlet.refused(caller.response(), caller.locale(), e, messages);
        }
    }

    /** A JSON list of strings, or null for anything else. */
    private static List<String> texts(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) {
                return null;
            }
            texts.add(s);
        }
        return texts;
    }
}
