package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.HostUrls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The dev host's addresses; the base URL is read late because the port is known only once Jetty listens. */
public final class DevHostUrls implements HostUrls {

    public static final String CONTEXT_PATH = "/confluence";

    private final Supplier<String> baseUrl;

    public DevHostUrls(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String baseUrl() {
        return baseUrl.get();
    }

    @Override
    public String contextPath() {
        return CONTEXT_PATH;
    }

    @Override
    public String loginUrl(String returnPath) {
        return CONTEXT_PATH + "/login.action?os_destination=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8);
    }
}
