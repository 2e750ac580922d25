package app.docsbridge.core.actions;

import java.util.Locale;

/** What a user can do with an attachment through ONLYOFFICE. */
public enum Action {
    EDIT, VIEW, CONVERT, DOWNLOAD_AS;

    /** Parses the {@code action} parameter of a web-item condition ({@code edit}, {@code download-as}, …). */
    public static Action fromParam(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
