package app.docsbridge.devhost.pages;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every design token of Confluence's dark theme, as @atlaskit/tokens' {@code atlassian-dark} theme defines them.
 * Confluence loads the whole theme; a partial set here once showed Atlaskit dialogs as light surfaces with dark-theme
 * text. Read from the installed package (the dev host runs from the repository root); empty if it is not there.
 */
final class DarkTokens {

    private static final Path THEME = Path.of("node_modules/@atlaskit/tokens/dist/cjs/artifacts/themes/atlassian-dark.js");
    static final String DECLARATIONS = load();

    private DarkTokens() {
    }

    private static String load() {
        try {
            String module = Files.readString(THEME, StandardCharsets.UTF_8);
            int start = module.indexOf("exports.default = \"");
            int end = module.lastIndexOf("\";");
            if (start < 0 || end < start) {
                return "";
            }
            // The module exports one JavaScript string literal, which is also a JSON string.
            String css = new ObjectMapper().readValue(module.substring(start + "exports.default = ".length(), end + 1),
                    String.class);
            int open = css.indexOf('{');
            int close = css.lastIndexOf('}');
            return open < 0 || close < open ? "" : css.substring(open + 1, close);
        } catch (IOException e) {
            return "";
        }
    }
}
