package app.docsbridge.web;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import app.docsbridge.core.port.PageResources;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/onlyoffice/configure}: the Configure page shell for system administrators. The settings
 * themselves are loaded by the page's script from {@link SettingsServlet}; none are written into the HTML.
 *
 * <p>The page names Confluence's {@code atl.admin} decorator, so its script and styles are required through
 * {@link PageResources} ({@code PageBuilderService}) and the decorator writes their tags, batched and transformed
 * (jsI18n) by the product, as it does for the official connector's configure.vm ({@code requireResource} in a page
 * decorated {@code atl.admin}); nothing here builds resource URLs by hand.
 */
public class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin.vm";
    static final String ADMIN_RESOURCE = "admin-page";

    private final transient Users users;
    private final transient Permissions permissions;
    private final transient Messages messages;
    private final transient HostUrls hostUrls;
    private final transient PageResponses pages;
    private final transient PageResources pageResources;

    public AdminServlet(Users users, Permissions permissions, PageRenderer renderer, Messages messages,
                        HostUrls hostUrls, PageResources pageResources) {
        this.pageResources = pageResources;
        this.users = users;
        this.permissions = permissions;
        this.messages = messages;
        this.hostUrls = hostUrls;
        this.pages = new PageResponses(renderer, messages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AppUser> user = users.current();
        Locale locale = users.locale(user.map(AppUser::key).orElse(null));
        if (user.isEmpty()) {
            PageResponses.noStore(response);
            response.sendRedirect(hostUrls.loginUrl(EditorServlet.CONFIGURE_PATH));
            return;
        }
        if (!permissions.isSystemAdmin(user.get().key())) {
            pages.message(response, 403, locale, "docsbridge.admin.forbidden.title",
                    "docsbridge.admin.forbidden.message", List.of(PageResponses.home(hostUrls.contextPath())),
                    PageResponses.Theme.of(request));
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        // Plain text: the product's renderer escapes every reference whose name does not end in "Html".
        model.put("lang", locale.getLanguage());
        model.put("title", messages.text(locale, "docsbridge.admin.title"));
        model.put("contextPath", hostUrls.contextPath());
        pageResources.require(ADMIN_RESOURCE);
        pages.render(response, 200, TEMPLATE, model);
    }
}
