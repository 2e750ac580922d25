package app.docsbridge.devhost.memory;

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
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The descriptor's i18n resources ({@code location} + {@code _lang_COUNTRY}/{@code _lang} + {@code .properties}),
 * formatted with {@link MessageFormat} as Confluence's I18nResolver does; a missing key renders as the key.
 */
public final class PropertiesMessages implements Messages {

    private final List<String> locations;
    private final ClassLoader loader;
    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    public PropertiesMessages(List<String> locations, ClassLoader loader) {
        this.locations = List.copyOf(locations);
        this.loader = loader;
    }

    @Override
    public String text(Locale locale, String key, Object... args) {
        return raw(locale, key).map(pattern -> new MessageFormat(pattern, locale).format(args)).orElse(key);
    }

    /** The unformatted text, as WRM's jsI18n transformer inlines it. */
    public Optional<String> raw(Locale locale, String key) {
        for (String file : candidates(locale)) {
            String value = properties(file).getProperty(key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private List<String> candidates(Locale locale) {
        List<String> names = new ArrayList<>();
        for (String location : locations) {
            if (!locale.getCountry().isEmpty()) {
                names.add(location + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
            }
            if (!locale.getLanguage().isEmpty()) {
                names.add(location + "_" + locale.getLanguage() + ".properties");
            }
            names.add(location + ".properties");
        }
        return names;
    }

    private Properties properties(String file) {
        return files.computeIfAbsent(file, name -> {
            Properties properties = new Properties();
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        });
    }
}
