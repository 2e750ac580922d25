package app.docsbridge.web;

import app.docsbridge.core.port.HostUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The page a browser gets when it opens an action endpoint as a page (middle click or "Open in new tab" on "Convert
 * to …", "Download as…", "New document"): those actions run in a dialog of the attachments page and change things
 * only by POST, so the page says where to continue and links there, instead of showing raw JSON.
 */
final class ActionPages {

    private final PageResponses pages;
    private final HostUrls hostUrls;

    ActionPages(PageResponses pages, HostUrls hostUrls) {
        this.pages = pages;
        this.hostUrls = hostUrls;
    }

    /**
     * Answers 405 (Allow: POST) with a message page; {@code pageId} is the page whose attachments the action starts
     * from, when the user may see it.
     */
    void continueOnAttachments(HttpServletRequest request, HttpServletResponse response, Locale locale,
                               String messageKey, OptionalLong pageId, Object... args) throws IOException {
        response.setHeader("Allow", "POST");
        String contextPath = hostUrls.contextPath();
        PageResponses.Link back = pageId.isPresent()
                ? PageResponses.attachments(contextPath, pageId.getAsLong())
                : PageResponses.home(contextPath);
        pages.message(response, 405, locale, "docsbridge.actionPage.title", messageKey, List.of(back),
                PageResponses.Theme.of(request), args);
    }
}
