package app.docsbridge.testing;

import app.docsbridge.core.port.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Messages} from the app's own {@code i18n/docsbridge*.properties}, looked up as Confluence's I18nResolver
 * does ({@code _lang_COUNTRY}, then {@code _lang}, then the base file); an unknown key is returned as itself.
 */
public final class PropertiesMessages implements Messages {

    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    public PropertiesMessages() {
        if (file("/i18n/docsbridge.properties").isEmpty()) {
            throw new UncheckedIOException(new IOException("i18n/docsbridge.properties is missing"));
        }
    }

    @Override
    public String text(Locale locale, String key, Object... args) {
        for (String name : candidates(locale)) {
            String pattern = file(name).getProperty(key);
            if (pattern != null) {
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }

    private static List<String> candidates(Locale locale) {
        List<String> names = new ArrayList<>();
        if (locale != null && !locale.getCountry().isEmpty()) {
            names.add("/i18n/docsbridge_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
        }
        if (locale != null && !locale.getLanguage().isEmpty()) {
            names.add("/i18n/docsbridge_" + locale.getLanguage() + ".properties");
        }
        names.add("/i18n/docsbridge.properties");
        return names;
    }

    private Properties file(String name) {
        return files.computeIfAbsent(name, n -> {
            Properties texts = new Properties();
            try (InputStream in = PropertiesMessages.class.getResourceAsStream(n)) {
                if (in != null) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return texts;
        });
    }
}
