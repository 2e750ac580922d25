package app.docsbridge.web;

import app.docsbridge.core.connection.ConnectionTest;
import app.docsbridge.core.connection.TestStep;
import app.docsbridge.core.people.MentionMailStatus;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.MailServer;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;
import app.docsbridge.core.settings.SettingsSchema;
import app.docsbridge.core.settings.SettingsValidator;
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

/**
 * The Configure page's JSON API, for system administrators only:
 * {@code GET /settings} (never includes the secret), {@code PUT /settings} (validate, test, save),
 * {@code POST /settings/test} (test without saving) and {@code POST /settings/reveal} (the secret, on request).
 * Every state-changing or secret-revealing request passes {@link XsrfGuard}.
 */
public class SettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final transient AppSettings settings;
    private final transient ConnectionTest connectionTest;
    private final transient Users users;
    private final transient Messages messages;
    private final transient AdminJsonRequests requests;
    private final transient TimeSource time;
    private final transient MailServer mailServer;
    private final transient MentionMailStatus mentionMail;

    public SettingsServlet(AppSettings settings, ConnectionTest connectionTest, Users users, Permissions permissions,
                           Messages messages, HostUrls hostUrls, TimeSource time, MailServer mailServer,
                           MentionMailStatus mentionMail) {
        this.settings = settings;
        this.connectionTest = connectionTest;
        this.users = users;
        this.messages = messages;
        this.requests = new AdminJsonRequests(users, permissions, hostUrls);
        this.time = time;
        this.mailServer = mailServer;
        this.mentionMail = mentionMail;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (admin(request, response, false).isEmpty()) {
            return;
        }
        if (!isRoot(request)) {
            JsonResponses.send(response, 404, Map.of("error", "notFound"));
            return;
        }
        JsonResponses.send(response, 200, current());
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Locale> locale = admin(request, response, true);
        if (locale.isEmpty()) {
            return;
        }
        if (!isRoot(request)) {
            JsonResponses.send(response, 404, Map.of("error", "notFound"));
            return;
        }
        Optional<Map<String, String>> candidate = candidate(request, response, locale.get());
        if (candidate.isEmpty()) {
            return;
        }
        List<TestStep> steps = connectionTest.run(settings.preview(candidate.get()));
        Map<String, Object> test = testResult(steps, locale.get());
        boolean confirmed = Boolean.TRUE.equals(body(request).get("confirmFailingTest"));
        if (!Boolean.TRUE.equals(test.get("ok")) && !confirmed) {
            JsonResponses.send(response, 409, Map.of("saved", false, "test", test));
            return;
        }
        settings.write(candidate.get());
        settings.recordTest(time.now(), Boolean.TRUE.equals(test.get("ok")));
        Map<String, Object> answer = new LinkedHashMap<>(current());
        answer.put("saved", true);
        answer.put("test", test);
        JsonResponses.send(response, 200, answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Locale> locale = admin(request, response, true);
        if (locale.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/test" -> {
                Optional<Map<String, String>> candidate = candidate(request, response, locale.get());
                if (candidate.isPresent()) {
                    Map<String, Object> test =
                            testResult(connectionTest.run(settings.preview(candidate.get())), locale.get());
                    if (settings.unchangedBy(candidate.get())) {
                        settings.recordTest(time.now(), Boolean.TRUE.equals(test.get("ok")));
                    }
                    JsonResponses.send(response, 200, test);
                }
            }
            case "/reveal" -> JsonResponses.send(response, 200,
                    Map.of("jwtSecret", settings.snapshot().jwtSecret().orElse("")));
            default -> JsonResponses.send(response, 404, Map.of("error", "notFound"));
        }
    }

    /** The caller's locale when a system administrator (and, for changes, XSRF-safe); otherwise answers and empty. */
    private Optional<Locale> admin(HttpServletRequest request, HttpServletResponse response, boolean changes)
            throws IOException {
        return requests.admin(request, response, changes).map(users::locale);
    }

    /** The settings to test or save, validated; answers 400 with per-field messages when anything is wrong. */
    private Optional<Map<String, String>> candidate(HttpServletRequest request, HttpServletResponse response,
                                                   Locale locale) throws IOException {
        Map<String, Object> body = body(request);
        if (!(body.get("values") instanceof Map<?, ?> rawValues)) {
            JsonResponses.send(response, 400, Map.of("saved", false, "errors", Map.of()));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        SettingsValidator.Result result = SettingsValidator.validate((Map<String, Object>) rawValues);
        Map<String, String> errors = new LinkedHashMap<>(result.errors());
        Map<String, String> candidate = new LinkedHashMap<>(result.values());
        if (body.get("jwtSecret") instanceof String secret && !secret.isEmpty()) {
            try {
                candidate.put("jwtSecret", SettingsValidator.secret(secret));
            } catch (SettingsValidator.InvalidValue e) {
                errors.put("jwtSecret", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            Map<String, String> translated = new LinkedHashMap<>();
            errors.forEach((field, key) -> translated.put(field, messages.text(locale, key)));
            JsonResponses.send(response, 400, Map.of("saved", false, "errors", translated));
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    private static Map<String, Object> body(HttpServletRequest request) {
        return AdminJsonRequests.body(request, MAX_BODY_BYTES);
    }

    private Map<String, Object> current() {
        AppSettings.Snapshot s = settings.snapshot();
        Map<String, Object> values = new LinkedHashMap<>();
        SettingsSchema.all().values().stream().filter(setting -> !setting.type().equals("secret")).forEach(setting -> {
            String raw = s.raw(setting.name());
            values.put(setting.name(), switch (setting.type()) {
                case "boolean" -> Boolean.parseBoolean(raw);
                case "formats" -> raw.isEmpty() ? List.of() : Arrays.asList(raw.split(","));
                default -> raw;
            });
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("values", values);
        answer.put("secretSet", s.jwtSecret().isPresent());
        answer.put("lastTest", settings.lastTest()
                .map(t -> Map.<String, Object>of("at", t.at(), "ok", t.ok())).orElse(null));
        // Mentions that went without e-mail for want of a mail server: the status section says why.
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("mailServer", mailServer.isConfigured());
        mail.put("unsent", mentionMail.unsent().map(u -> Map.<String, Object>of("mentions", u.mentions(),
                "since", u.since(), "last", u.last())).orElse(null));
        answer.put("mentionMail", mail);
        return answer;
    }

    private Map<String, Object> testResult(List<TestStep> steps, Locale locale) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (TestStep step : steps) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", step.id());
            item.put("ok", step.ok());
            item.put("skipped", step.skipped());
            item.put("message", messages.text(locale, step.messageKey(), step.args().toArray()));
            item.put("version", step.version());
            item.put("field", step.field());
            json.add(item);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", steps.stream().allMatch(TestStep::ok));
        result.put("steps", json);
        return result;
    }

    private static boolean isRoot(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.isEmpty() || path.equals("/");
    }
}
