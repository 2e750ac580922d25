package app.docsbridge.core.port;

import java.util.Locale;

/** Texts from the app's i18n properties, formatted with {@code {0}}-style arguments. */
public interface Messages {

    String text(Locale locale, String key, Object... args);
}
