package app.docsbridge.devhost.webresources;

import app.docsbridge.devhost.descriptor.DownloadResource;
import app.docsbridge.devhost.descriptor.WebResourceModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /rest/webResources/1.0/resources}, the endpoint behind WRM.require: {@code {r, c, xr, xc}} in,
 * {@code {resources: [{url, resourceType, key, batchType}]}} out, in load order.
 */
public final class WrmResourcesServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebResourceRegistry registry;
    private final ResourceUrls urls;

    public WrmResourcesServlet(WebResourceRegistry registry, ResourceUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<?, ?> body;
        try {
            body = JSON.readValue(req.getInputStream(), Map.class);
        } catch (IOException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "expected a JSON object");
            return;
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (WebResourceModule module : registry.resolve(strings(body, "r"), strings(body, "c"),
                strings(body, "xr"), strings(body, "xc"))) {
            for (DownloadResource file : module.resources()) {
                String type = ResourceUrls.resourceType(file.name());
                if (type != null) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("url", urls.url(module.completeKey(), file.name()));
                    entry.put("resourceType", type);
                    entry.put("key", module.completeKey());
                    entry.put("batchType", "resource");
                    resources.add(entry);
                }
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("resources", resources);
        answer.put("unparsedData", Map.of());
        answer.put("unparsedErrors", Map.of());
        resp.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(resp.getOutputStream(), answer);
    }

    private static List<String> strings(Map<?, ?> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
