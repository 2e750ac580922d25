package app.docsbridge.confluence;

import app.docsbridge.core.port.Messages;
import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.Locale;

/** The app's i18n texts through SAL, in the requested language. */
public class ConfluenceMessages implements Messages {

    private final I18nResolver i18n;

    public ConfluenceMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(Locale locale, String key, Object... args) {
        Object[] given = args == null ? new Object[0] : args;
        Serializable[] serializable = new Serializable[given.length];
        for (int i = 0; i < given.length; i++) {
            // SAL takes Serializable arguments; anything else is passed as its text.
            serializable[i] = given[i] == null || given[i] instanceof Serializable
                    ? (Serializable) given[i] : String.valueOf(given[i]);
        }
        return i18n.getText(locale, key, serializable);
    }
}
