package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.webresources.ProductShims;
import app.docsbridge.devhost.webresources.WebResourceTags;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * The frame of every dev host page: like Confluence's decorator it carries the superbatch's globals (AJS, jQuery,
 * WRM), the {@code atl.general} web-resources,
 * the ajs meta tags and a header with who is signed in.
 */
public final class PageLayout {

    private final WebResourceTags tags;
    private final Users users;

    public PageLayout(WebResourceTags tags, Users users) {
        this.tags = tags;
        this.users = users;
    }

    /** Writes a page; {@code bodyHtml} must already be escaped. */
    public void write(HttpServletResponse resp, String title, String bodyHtml) throws IOException {
        Optional<AppUser> user = users.current();
        String cp = DevHostUrls.CONTEXT_PATH;
        String who = user.map(u -> "Signed in as <b class=\"devhost-user\">" + Html.escape(u.displayName()) + "</b> · "
                        + "<a href=\"" + cp + "/devhost/logout\">Sign out</a>")
                .orElse("Anonymous · <a href=\"" + cp + "/login.action\">Sign in</a>");
        // Confluence's decorator: <html lang> and the ajs-user-locale meta (AJS.Meta "user-locale", e.g. de_DE).
        Locale locale = users.locale(user.map(AppUser::key).orElse(null));
        String html = """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <title>%s - Confluence (dev host)</title>
                <meta name="ajs-context-path" content="%s">
                <meta name="ajs-remote-user" content="%s">
                <meta name="ajs-remote-user-key" content="%s">
                <meta name="ajs-user-locale" content="%s">
                <style>
                  body { font-family: sans-serif; margin: 0; }
                  header { background: #0052cc; color: #fff; padding: 8px 16px; display: flex; justify-content: space-between; }
                  header a { color: #fff; }
                  main { padding: 16px; }
                  table { border-collapse: collapse; }
                  td, th { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; }
                </style>
                %s
                %s</head>
                <body>
                <header><a href="%s/">Confluence dev host</a><span>%s</span></header>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(Html.escape(locale.toLanguageTag()), Html.escape(title), cp, Html.escape(user.map(AppUser::username).orElse("")),
                Html.escape(user.map(AppUser::key).orElse("")), Html.escape(locale.toString()), ThemeStyle.element(), tags.render(List.of("atl.general"), ProductShims.SUPERBATCH), cp, who, bodyHtml);
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(html);
    }
}
