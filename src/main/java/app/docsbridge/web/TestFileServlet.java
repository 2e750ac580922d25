package app.docsbridge.web;

import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.links.SignedLinks;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code GET /plugins/servlet/onlyoffice/test-file?token=<link>}: the fixed text the connection test asks the Docs
 * server to convert, proving it can download from Confluence. The link is short-lived; the content is public
 * and constant, so the Docs server's JWT is not required here (the secret under test may not be saved yet).
 */
public class TestFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final byte[] CONTENT = "ONLYOFFICE Docs connection test from Confluence.\n".getBytes(StandardCharsets.UTF_8);

    private final transient SignedLinks links;

    public TestFileServlet(SignedLinks links) {
        this.links = links;
    }

    @Override
    @UnrestrictedAccess
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            links.verifyTestFile(request.getParameter("token"));
        } catch (InvalidTokenException e) {
            JsonResponses.send(response, 403, Map.of("error", "forbidden"));
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(CONTENT.length);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(CONTENT);
    }
}
