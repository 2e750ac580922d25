package app.docsbridge.web;

import app.docsbridge.core.people.PeopleException;
import app.docsbridge.core.people.PeopleSearch;
import app.docsbridge.core.people.UserListPurpose;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The editor's people lists ({@code onRequestUsers} → {@code setUsers}), read-only:
 * <ul>
 *   <li>{@code GET ?attachmentId=N&c=mention|protect[&search=TEXT][&from=N&count=N]}: {@code {c, users:[{id, name,
 *       email, image}], total, isPaginated}}, people who may view the file (edit it, for {@code protect});
 *       {@code isPaginated} is true when the request named {@code from} or {@code count};</li>
 *   <li>{@code GET ?attachmentId=N&c=info&id=KEY[&id=KEY…]}: the same for those users.</li>
 * </ul>
 * Refusals are {@code {error, message}} in the user's language: 401 (signed out), 404 (no such file, or not the
 * user's to see), 400 (anything malformed).
 */
@AnonymousSiteAccess
public class PeopleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/plugins/servlet/onlyoffice/people";

    private final transient PeopleSearch people;
    private final transient Users users;
    private final transient Messages messages;

    public PeopleServlet(PeopleSearch people, Users users, Messages messages) {
        this.people = people;
        this.users = users;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        Optional<UserListPurpose> purpose = UserListPurpose.of(request.getParameter("c"));
        Optional<Integer> from = count(request.getParameter("from"));
        Optional<Integer> count = count(request.getParameter("count"));
        String search = request.getParameter("search");
        String[] ids = request.getParameterValues("id");
        boolean badNumbers = (request.getParameter("from") != null && from.isEmpty())
                || (request.getParameter("count") != null && count.isEmpty());
        if (attachmentId.isEmpty() || purpose.isEmpty() || badNumbers
                || (purpose.get() == UserListPurpose.INFO && (ids == null || ids.length == 0))) {
            JsonResponses.send(response, 400, ActionRequests.error("badRequest",
                    messages.text(locale, "docsbridge.action.error.badRequest")));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("c", purpose.get().command());
        try {
            if (purpose.get() == UserListPurpose.INFO) {
                List<PeopleSearch.Entry> found = people.info(userKey, attachmentId.getAsLong(), Arrays.asList(ids));
                answer.put("users", json(found));
                answer.put("total", found.size());
                answer.put("isPaginated", false);
            } else {
                boolean paged = from.isPresent() || count.isPresent();
                PeopleSearch.Page page = people.search(userKey, attachmentId.getAsLong(), purpose.get(), search,
                        from.orElse(0), count.orElse(PeopleSearch.UNPAGED_COUNT));
                answer.put("users", json(page.users()));
                answer.put("total", page.total());
                answer.put("isPaginated", paged);
            }
        } catch (PeopleException e) {
            refused(response, locale, e);
            return;
        }
        JsonResponses.send(response, 200, answer);
    }

    static void refused(HttpServletResponse response, Locale locale, PeopleException e, Messages messages)
            throws IOException {
        if (e.reason() == PeopleException.Reason.LOGIN_REQUIRED) {
            JsonResponses.send(response, 401, ActionRequests.error("loginRequired",
                    messages.text(locale, "docsbridge.action.error.loginRequired")));
        } else {
            JsonResponses.send(response, 404, ActionRequests.error("notFound",
                    messages.text(locale, "docsbridge.action.error.notFound")));
        }
    }

    private void refused(HttpServletResponse response, Locale locale, PeopleException e) throws IOException {
        refused(response, locale, e, messages);
    }

    /** A whole number from 0 up (a page offset or size); empty for anything else, including absurd sizes. */
    private static Optional<Integer> count(String value) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }

    private static List<Map<String, Object>> json(List<PeopleSearch.Entry> entries) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PeopleSearch.Entry entry : entries) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", entry.id());
            user.put("name", entry.name());
            user.put("email", entry.email());
            if (entry.image() != null) {
                user.put("image", entry.image());
            }
            list.add(user);
        }
        return list;
    }
}
