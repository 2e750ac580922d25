package app.docsbridge.core.conversion;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversionFailureTest {

    @Test
    void fromCode_shouldMapEveryDocumentedCode() {
        Map<Integer, ConversionFailure> expected = Map.ofEntries(
                Map.entry(-1, ConversionFailure.FAILED),
                Map.entry(-2, ConversionFailure.TIMEOUT),
                Map.entry(-3, ConversionFailure.UNREADABLE),
                Map.entry(-4, ConversionFailure.DOWNLOAD),
                Map.entry(-5, ConversionFailure.PASSWORD),
                Map.entry(-6, ConversionFailure.FAILED),
                Map.entry(-7, ConversionFailure.FAILED),
                Map.entry(-8, ConversionFailure.TOKEN),
                Map.entry(-9, ConversionFailure.UNREADABLE),
                Map.entry(-10, ConversionFailure.TOO_LARGE),
                Map.entry(-99, ConversionFailure.FAILED));
        expected.forEach((code, failure) -> assertEquals(failure, ConversionFailure.fromCode(code), "code " + code));
    }

    @Test
    void everyFailure_shouldHaveAMessage() throws Exception {
        Properties texts = new Properties();
        try (var in = ConversionFailureTest.class.getResourceAsStream("/i18n/docsbridge.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (ConversionFailure failure : ConversionFailure.values()) {
            assertTrue(texts.containsKey(failure.messageKey()), failure.messageKey());
        }
        assertTrue(texts.containsKey("docsbridge.convert.error.failed.noCode"));
    }
}
