package app.docsbridge.core.connection;

import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsDownload;
import app.docsbridge.core.docs.DocsUnavailableException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.settings.AppSettings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a configuration before (and after) it is saved, in the order things break in practice: can Confluence
 * reach the Docs server; does the Docs server accept our JWT; can the Docs server download from Confluence (the
 * reverse path, the most common misconfiguration) — proven by a small real conversion.
 */
public class ConnectionTest {

    public static final String HEALTH = "health";
    public static final String COMMAND = "command";
    public static final String CONVERSION = "conversion";

    private final DocsClient docs;
    private final SignedLinks links;

    public ConnectionTest(DocsClient docs, SignedLinks links) {
        this.docs = docs;
        this.links = links;
    }

    public List<TestStep> run(AppSettings.Snapshot candidate) {
        List<TestStep> steps = new ArrayList<>();
        if (!candidate.isConfigured()) {
            steps.add(TestStep.fail(HEALTH, "docsbridge.test.notConfigured").at("docsUrl"));
            steps.add(TestStep.skip(COMMAND, "docsbridge.test.skipped"));
            steps.add(TestStep.skip(CONVERSION, "docsbridge.test.skipped"));
            return steps;
        }
        TestStep health = health(candidate);
        steps.add(health);
        if (!health.ok()) {
            steps.add(TestStep.skip(COMMAND, "docsbridge.test.skipped"));
            steps.add(TestStep.skip(CONVERSION, "docsbridge.test.skipped"));
            return steps;
        }
        TestStep command = command(candidate);
        steps.add(command);
        steps.add(command.ok() ? conversion(candidate) : TestStep.skip(CONVERSION, "docsbridge.test.skipped"));
        return steps;
    }

    private TestStep health(AppSettings.Snapshot s) {
        String address = s.docsInternalUrl();
        String field = addressField(s);
        try {
            DocsClient.Health health = docs.health(s);
            return switch (health.state()) {
                case HEALTHY -> TestStep.pass(HEALTH, "docsbridge.test.health.ok", address);
                case UNHEALTHY -> TestStep.fail(HEALTH, "docsbridge.test.health.unhealthy", address).at(field);
                case NOT_DOCS -> TestStep.fail(HEALTH, "docsbridge.test.health.notDocs", address, health.seen())
                        .at(field);
            };
        } catch (IOException | IllegalArgumentException e) {
            return TestStep.fail(HEALTH, "docsbridge.test.health.unreachable", address, reason(e)).at(field);
        }
    }

    /** The address Confluence uses for the Docs server: the internal one when it is set. */
    private static String addressField(AppSettings.Snapshot s) {
        return s.raw("docsInternalUrl").isBlank() ? "docsUrl" : "docsInternalUrl";
    }

    private TestStep command(AppSettings.Snapshot s) {
        if (s.jwtSecret().isEmpty()) {
            return TestStep.fail(COMMAND, "docsbridge.test.command.noSecret").at("jwtSecret");
        }
        try {
            Map<String, Object> answer = docs.command(s, Map.of("c", "version"));
            int error = answer.get("error") instanceof Number n ? n.intValue() : -1;
            String version = answer.get("version") instanceof String v ? v : null;
            return switch (error) {
                case 0 -> TestStep.pass(COMMAND, "docsbridge.test.command.ok", String.valueOf(version))
                        .withVersion(version);
                case 6 -> TestStep.fail(COMMAND, "docsbridge.test.command.secretMismatch", s.jwtHeader())
                        .at("jwtSecret");
                case 7 -> TestStep.fail(COMMAND, "docsbridge.test.command.tokenExpired");
                default -> TestStep.fail(COMMAND, "docsbridge.test.command.error", String.valueOf(error));
            };
        } catch (IOException e) {
            return TestStep.fail(COMMAND, "docsbridge.test.command.failed", reason(e));
        }
    }

    private TestStep conversion(AppSettings.Snapshot s) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("async", false);
        request.put("filetype", "txt");
        request.put("outputtype", "docx");
        request.put("key", "conntest-" + AppSettings.randomToken(12));
        request.put("url", links.testFileUrl(s));
        request.put("title", "connection-test.txt");
        String confluenceAddress = s.confluenceUrlForDocs();
        try {
            Map<String, Object> answer = docs.convert(s, request);
            int error = answer.get("error") instanceof Number n ? n.intValue() : 0;
            if (error == -4) {
                return TestStep.fail(CONVERSION, "docsbridge.test.conversion.download", confluenceAddress)
                        .at("confluenceInternalUrl");
            }
            if (error == -8) {
                return TestStep.fail(CONVERSION, "docsbridge.test.command.secretMismatch", s.jwtHeader())
                        .at("jwtSecret");
            }
            if (error != 0 || !(answer.get("fileUrl") instanceof String fileUrl)) {
                return TestStep.fail(CONVERSION, "docsbridge.test.conversion.error", String.valueOf(error));
            }
            try (DocsDownload result = docs.fetch(s, fileUrl)) {
                byte[] head = result.body().readNBytes(2);
                if (head.length < 2 || head[0] != 'P' || head[1] != 'K') {
                    return TestStep.fail(CONVERSION, "docsbridge.test.conversion.badResult");
                }
            }
            return TestStep.pass(CONVERSION, "docsbridge.test.conversion.ok", confluenceAddress);
        } catch (ForeignUrlException e) {
            return TestStep.fail(CONVERSION, "docsbridge.test.conversion.resultAddress", s.docsUrl()).at("docsUrl");
        } catch (DocsUnavailableException e) {
            return TestStep.fail(CONVERSION, "docsbridge.test.conversion.failed", reason(e));
        } catch (IOException e) {
            return TestStep.fail(CONVERSION, "docsbridge.test.conversion.failed", reason(e));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
