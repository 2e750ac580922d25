package app.docsbridge.core.editor;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the editor config adapts to in the user's browser: a phone gets ONLYOFFICE's mobile editor, and the editor's
 * interface theme follows Confluence's colour mode (as the page that opened the editor saw it).
 *
 * @param mobile    a phone (type "mobile" instead of "desktop")
 * @param colorMode "dark", "light", or null when unknown (the config then names no theme)
 */
public record EditorClient(boolean mobile, String colorMode) {

    public static final EditorClient DESKTOP = new EditorClient(false, null);

    // Phones, not tablets: the desktop editor works on tablets and has every feature.
    private static final Pattern PHONE = Pattern.compile("iphone|ipod|android.+mobile|windows phone|blackberry|mobi");

    public static EditorClient of(String userAgent, String colorMode) {
        boolean phone = userAgent != null && PHONE.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
        String mode = "dark".equals(colorMode) || "light".equals(colorMode) ? colorMode : null;
        return new EditorClient(phone, mode);
    }

    /** ONLYOFFICE's own default theme of that colour (editorConfig.customization.uiTheme). */
    public String uiTheme() {
        return colorMode == null ? null : "default-" + colorMode;
    }
}
