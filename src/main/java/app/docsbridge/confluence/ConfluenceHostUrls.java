package app.docsbridge.confluence;

import app.docsbridge.core.port.HostUrls;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;

import java.net.URI;

/** Addresses from SAL; read on every call, because an administrator may change the base URL at any time. */
public class ConfluenceHostUrls implements HostUrls {

    private final ApplicationProperties applicationProperties;
    private final LoginUriProvider loginUriProvider;

    public ConfluenceHostUrls(ApplicationProperties applicationProperties, LoginUriProvider loginUriProvider) {
        this.applicationProperties = applicationProperties;
        this.loginUriProvider = loginUriProvider;
    }

    /** The canonical URL (the configured base URL), never the one of the current request. */
    @Override
    public String baseUrl() {
        return withoutTrailingSlashes(applicationProperties.getBaseUrl(UrlMode.CANONICAL));
    }

    @Override
    public String contextPath() {
        String path = URI.create(baseUrl()).getRawPath();
        return path == null ? "" : withoutTrailingSlashes(path);
    }

    @Override
    public String loginUrl(String returnPath) {
        return loginUriProvider.getLoginUri(URI.create(returnPath)).toString();
    }

    private static String withoutTrailingSlashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(0, end);
    }
}
