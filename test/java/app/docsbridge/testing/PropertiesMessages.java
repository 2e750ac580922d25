package app.docsbridge.testing;

import app.docsbridge.core.port.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** {@link Messages} from the app's own {@code i18n/docsbridge.properties}; an unknown key is returned as itself. */
public final class PropertiesMessages implements Messages {

    private final Properties texts = new Properties();

    public PropertiesMessages() {
        try (InputStream in = PropertiesMessages.class.getResourceAsStream("/i18n/docsbridge.properties")) {
            if (in == null) {
                throw new IOException("i18n/docsbridge.properties is missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text(Locale locale, String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
