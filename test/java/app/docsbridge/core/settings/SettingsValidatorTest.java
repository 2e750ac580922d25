package app.docsbridge.core.settings;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Configure page may send, checked against {@code settings-schema.json}, and the form it is stored in. */
class SettingsValidatorTest {

    private static SettingsValidator.Result validate(String name, Object value) {
        Map<String, Object> input = new HashMap<>();
        input.put(name, value);
        return SettingsValidator.validate(input);
    }

    private static String stored(String name, Object value) {
        SettingsValidator.Result result = validate(name, value);
        assertTrue(result.isValid(), name + "=" + value + " should be valid: " + result.errors());
        return result.values().get(name);
    }

    private static String error(String name, Object value) {
        SettingsValidator.Result result = validate(name, value);
        assertFalse(result.isValid(), name + "=" + value + " should be refused");
        assertFalse(result.values().containsKey(name), "a refused value has no stored form");
        return result.errors().get(name);
    }

    // ---- URLs ----

    @Test
    void url_shouldLowerCaseSchemeAndHostAndDropTrailingSlashes() {
        assertEquals("https://docs.example.com", stored("docsUrl", "HTTPS://Docs.Example.COM/"));
        assertEquals("https://docs.example.com/DS", stored("docsUrl", "https://DOCS.example.com/DS///"),
                "the path keeps its case");
        assertEquals("http://docs.internal:8080/office", stored("docsInternalUrl", "  http://Docs.Internal:8080/office/ "));
        assertEquals("http://10.0.0.5", stored("confluenceInternalUrl", "http://10.0.0.5"));
        assertEquals("http://[::1]:8080", stored("docsInternalUrl", "http://[::1]:8080/"));
    }

    @Test
    void url_shouldKeepAnExplicitDefaultPortAsGiven() {
        assertEquals("https://docs.example.com:443", stored("docsUrl", "https://docs.example.com:443/"));
        assertEquals("http://docs.example.com:80/ds", stored("docsUrl", "http://docs.example.com:80/ds"));
        assertEquals("https://docs.example.com", stored("docsUrl", "https://docs.example.com"), "no port is added");
    }

    @Test
    void url_shouldRefuseOtherSchemesAndRelativeAddresses() {
        for (String bad : new String[] {"ftp://docs.example.com", "file:///etc/passwd", "javascript:alert(1)",
                "docs.example.com", "//docs.example.com", "/ds", "https://", "https:///path", "mailto:a@b.c",
                "https://docs example.com", "http://under_score:8080"}) {
            assertEquals("docsbridge.validation.url", error("docsUrl", bad), bad);
        }
    }

    @Test
    void url_shouldRefuseCredentialsQueriesAndFragments() {
        for (String bad : new String[] {"https://u:p@docs.example.com", "https://user@docs.example.com/",
                "https://docs.example.com/?a=1", "https://docs.example.com?", "https://docs.example.com/#top",
                "https://docs.example.com#"}) {
            assertEquals("docsbridge.validation.url", error("docsUrl", bad), bad);
            assertEquals("docsbridge.validation.url", error("docsInternalUrl", bad), bad);
            assertEquals("docsbridge.validation.url", error("confluenceInternalUrl", bad), bad);
        }
    }

    @Test
    void url_shouldRequireTheDocsAddress() {
        assertEquals("docsbridge.validation.urlRequired", error("docsUrl", ""));
        assertEquals("docsbridge.validation.urlRequired", error("docsUrl", "   "));
        assertEquals("docsbridge.validation.urlRequired", error("docsUrl", null));
        assertEquals("docsbridge.validation.urlRequired", error("docsUrl", 42), "not text counts as nothing");
    }

    @Test
    void url_shouldAllowTheOptionalAddressesToBeEmpty() {
        assertEquals("", stored("docsInternalUrl", ""));
        assertEquals("", stored("docsInternalUrl", "  "));
        assertEquals("", stored("confluenceInternalUrl", ""));
        assertEquals("", stored("confluenceInternalUrl", null));
    }

    // ---- header ----

    @Test
    void header_shouldAcceptHttpTokens() {
        assertEquals("Authorization", stored("jwtHeader", "Authorization"));
        assertEquals("AuthorizationJwt", stored("jwtHeader", " AuthorizationJwt "), "trimmed");
        assertEquals("X-Docs_Token!#$%&'*+-.^`|~1", stored("jwtHeader", "X-Docs_Token!#$%&'*+-.^`|~1"));
        String longest = "H".repeat(64);
        assertEquals(longest, stored("jwtHeader", longest));
    }

    @Test
    void header_shouldRefuseWhatIsNotAHeaderName() {
        for (Object bad : new Object[] {"Bad Header", "a:b", "", "   ", "H".repeat(65), "Auth\r\nX-Evil: 1",
                "Autho\u00e9rization", "(comment)", "a/b", "a\"b", null, true, 7}) {
            assertEquals("docsbridge.validation.header", error("jwtHeader", bad), String.valueOf(bad));
        }
    }

    // ---- booleans ----

    @Test
    void boolean_shouldAcceptJsonBooleansOnly() {
        assertEquals("true", stored("verifyCertificates", true));
        assertEquals("false", stored("verifyCertificates", false));
        assertEquals("true", stored("forcesave", Boolean.TRUE));
        for (Object bad : new Object[] {"true", "false", 1, 0, "on", null, List.of(true)}) {
            assertEquals("docsbridge.validation.boolean", error("chat", bad), String.valueOf(bad));
        }
    }

    @Test
    void boolean_shouldApplyToEveryBooleanOfTheSchema() {
        SettingsSchema.all().values().stream().filter(s -> s.type().equals("boolean")).forEach(s -> {
            assertEquals("false", stored(s.name(), false), s.name());
            assertEquals("docsbridge.validation.boolean", error(s.name(), "false"), s.name());
        });
    }

    // ---- lossyEditable ----

    @Test
    void formats_shouldBeStoredCommaSeparatedDeduplicatedInTheGivenOrder() {
        assertEquals("rtf,odt,csv", stored("lossyEditable", List.of("rtf", "odt", "rtf", "csv", "odt")));
        assertEquals("odt,txt", stored("lossyEditable", List.of(" ODT ", "Txt", "odt")), "trimmed, lower-cased");
        assertEquals("", stored("lossyEditable", List.of()));
    }

    @Test
    void formats_shouldAcceptEveryChoiceOfTheSchema() {
        List<String> choices = SettingsSchema.get("lossyEditable").choices();
        assertEquals(List.of("odt", "ott", "rtf", "txt", "epub", "fb2", "html", "ods", "ots", "csv", "tsv", "odp",
                "otp"), choices);
        assertEquals(String.join(",", choices), stored("lossyEditable", choices));
    }

    @Test
    void formats_shouldRefuseAnythingOutsideTheChoices() {
        for (Object bad : new Object[] {List.of("docx"), List.of("odt", "pdf"), List.of(""), "odt", "odt,rtf",
                Arrays.asList("odt", null), List.of(1), Map.of("odt", true), null, true}) {
            assertEquals("docsbridge.validation.formats", error("lossyEditable", bad), String.valueOf(bad));
        }
    }

    // ---- reviewDisplay ----

    @Test
    void choice_shouldAcceptOnlyTheOfferedValues() {
        for (String ok : new String[] {"original", "markup", "final"}) {
            assertEquals(ok, stored("reviewDisplay", ok));
        }
        for (Object bad : new Object[] {"Markup", " final", "simple", "", null, true, List.of("final")}) {
            assertEquals("docsbridge.validation.choice", error("reviewDisplay", bad), String.valueOf(bad));
        }
    }

    // ---- unknown names, the secret ----

    @Test
    void validate_shouldRefuseUnknownSettingsAndTheSecretInsideValues() {
        assertEquals("docsbridge.validation.unknown", error("noSuchSetting", "x"));
        assertEquals("docsbridge.validation.unknown", error("jwtSecret", "a-perfectly-long-secret"),
                "the secret has its own field, never inside values");
        assertEquals("docsbridge.validation.unknown", error(AppSettings.LINK_SECRET, "forged"),
                "internal values cannot be set from the page");
        assertEquals("docsbridge.validation.unknown", error(AppSettings.INSTANCE_ID, "forged"));
        assertEquals("docsbridge.validation.unknown", error("DOCSURL", "https://docs.example.com"),
                "names are exact");
    }

    @Test
    void validate_shouldReportEveryFieldAndKeepTheValidOnes() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("docsUrl", "https://Docs.Example.com/");
        input.put("docsInternalUrl", "ftp://docs");
        input.put("jwtHeader", "Bad Header");
        input.put("chat", "yes");
        input.put("comments", false);
        input.put("lossyEditable", List.of("odt"));
        input.put("reviewDisplay", "nope");
        input.put("jwtSecret", "secret-secret");

        SettingsValidator.Result result = SettingsValidator.validate(input);

        assertFalse(result.isValid());
        assertEquals(Map.of("docsInternalUrl", "docsbridge.validation.url",
                "jwtHeader", "docsbridge.validation.header",
                "chat", "docsbridge.validation.boolean",
                "reviewDisplay", "docsbridge.validation.choice",
                "jwtSecret", "docsbridge.validation.unknown"), result.errors());
        assertEquals(Map.of("docsUrl", "https://docs.example.com", "comments", "false", "lossyEditable", "odt"),
                result.values());
    }

    @Test
    void validate_shouldLeaveAbsentSettingsAlone() {
        SettingsValidator.Result result = SettingsValidator.validate(Map.of("chat", false));

        assertTrue(result.isValid());
        assertEquals(Map.of("chat", "false"), result.values(), "docsUrl is only required when it is sent");
        assertTrue(SettingsValidator.validate(Map.of()).isValid());
        assertEquals(Map.of(), SettingsValidator.validate(Map.of()).values());
    }

    @Test
    void secret_shouldBeTrimmedAndEightTo256CharactersLong() throws Exception {
        assertEquals("12345678", SettingsValidator.secret("12345678"));
        assertEquals("12345678", SettingsValidator.secret("  12345678\t\n"));
        assertEquals("with inner spaces", SettingsValidator.secret(" with inner spaces "));
        String longest = "s".repeat(256);
        assertEquals(longest, SettingsValidator.secret(longest));
        assertEquals(longest, SettingsValidator.secret("  " + longest + "  "), "the length counts after trimming");

        for (String bad : new String[] {"1234567", "   1234567   ", "", "        ", null, "s".repeat(257)}) {
            SettingsValidator.InvalidValue e = assertThrows(SettingsValidator.InvalidValue.class,
                    () -> SettingsValidator.secret(bad), String.valueOf(bad));
            assertEquals("docsbridge.validation.secret", e.getMessage());
        }
    }

    @Test
    void everyMessageKey_shouldHaveAnEnglishText() throws Exception {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/docsbridge.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : new String[] {error("docsUrl", ""), error("docsUrl", "ftp://x"), error("jwtHeader", ""),
                error("chat", "1"), error("lossyEditable", "odt"), error("reviewDisplay", "x"), error("x", "y"),
                assertThrows(SettingsValidator.InvalidValue.class, () -> SettingsValidator.secret("")).getMessage()}) {
            String text = texts.getProperty(key);
            assertTrue(text != null && !text.isBlank(), key);
            assertFalse(text.contains("{0}"), key + " is shown without arguments");
        }
    }
}
