package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.descriptor.MacroModule;
import app.docsbridge.devhost.memory.DevPage;
import app.docsbridge.devhost.memory.MemoryPermissions;
import app.docsbridge.devhost.webresources.WebResourceTags;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /devhost/macro-browser?pageId=…&macro=…[&param.NAME=VALUE…]}: a stand-in for Confluence's editor as far as
 * the macro browser goes. It loads the {@code macro-browser} context (the app's field overrides, after the editor's
 * {@code AJS.MacroBrowser}, see ProductShims) and opens the browser on the app's macro with the metadata Confluence
 * would build from the descriptor (MacroMetadataParser: parameter name, type, required, default; texts
 * {@code <plugin key>.<macro>.param.<name>.label/.desc}). With {@code param.*} it edits an existing macro. Insert
 * writes the macro definition the browser hands the editor into {@code #devhost-macro-result} as JSON.
 */
public final class MacroBrowserPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient app.docsbridge.devhost.memory.DevSpace space;
    private final transient MemoryPermissions permissions;
    private final transient Users users;
    private final transient Messages messages;
    private final transient String pluginKey;
    private final transient List<MacroModule> macros;
    private final transient WebResourceTags tags;
    private final transient PageLayout layout;

    public MacroBrowserPage(app.docsbridge.devhost.memory.DevSpace space, MemoryPermissions permissions, Users users,
                            Messages messages, String pluginKey, List<MacroModule> macros, WebResourceTags tags,
                            PageLayout layout) {
        this.space = space;
        this.permissions = permissions;
        this.users = users;
        this.messages = messages;
        this.pluginKey = pluginKey;
        this.macros = macros;
        this.tags = tags;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Optional<DevPage> page = AttachmentsPage.parseId(req.getParameter("pageId")).flatMap(space::page);
        Optional<MacroModule> macro = macros.stream().filter(m -> m.name().equals(req.getParameter("macro"))).findFirst();
        if (page.isEmpty() || macro.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page or macro");
            return;
        }
        if (userKey == null || !permissions.canViewPage(userKey, page.get().id())) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "you may not edit this page");
            return;
        }
        Locale locale = users.locale(userKey);
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("param.")) {
                params.put(name.substring("param.".length()), values[0]);
            }
        });
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("presetMacroName", macro.get().name());
        settings.put("metadata", metadata(macro.get(), locale));
        if (!params.isEmpty()) {
            settings.put("selectedMacro", Map.of("name", macro.get().name(), "params", params));
        }
        String title = messages.text(locale, pluginKey + "." + macro.get().name() + ".label");
        String html = editorMetas(page.get().id())
                + "<h1>Editing " + Html.escape(page.get().title()) + "</h1>\n"
                + "<p><button type=\"button\" id=\"devhost-open-macro-browser\">Insert " + Html.escape(title)
                + "</button></p>\n"
                + "<section id=\"macro-browser-dialog\" role=\"dialog\" aria-labelledby=\"macro-browser-title\" hidden>\n"
                + "<h2 id=\"macro-browser-title\">" + Html.escape(title) + "</h2>\n"
                + "<div id=\"macro-insert-container\"><div class=\"macro-input-fields\"><form class=\"aui\" action=\"#\">"
                + "</form></div></div>\n"
                + "<p><button type=\"button\" class=\"ok\">Insert</button> <button type=\"button\" class=\"cancel\">"
                + "Cancel</button></p>\n</section>\n"
                + "<pre id=\"devhost-macro-result\"></pre>\n"
                + "<script type=\"application/json\" id=\"devhost-macro-settings\">"
                + JSON.writeValueAsString(settings).replace("<", "\\u003c") + "</script>\n"
                + tags.render(List.of("macro-browser"), List.of(), List.of("atl.general"))
                + "<script>(function () {\n"
                + "  var settings = JSON.parse(document.getElementById('devhost-macro-settings').textContent);\n"
                + "  settings.onComplete = function (definition) {\n"
                + "    document.getElementById('devhost-macro-result').textContent = JSON.stringify(definition);\n"
                + "  };\n"
                + "  document.getElementById('devhost-open-macro-browser').addEventListener('click', function () {\n"
                + "    AJS.MacroBrowser.open(settings);\n"
                + "  });\n"
                + "  document.querySelector('#macro-browser-dialog .ok').addEventListener('click', function () {\n"
                + "    AJS.MacroBrowser.complete();\n"
                + "  });\n"
                + "  document.querySelector('#macro-browser-dialog .cancel').addEventListener('click', function () {\n"
                + "    AJS.MacroBrowser.close();\n"
                + "  });\n"
                + "})();</script>\n";
        layout.write(resp, "Edit " + page.get().title(), html);
    }

    /**
     * The editor's id metas. Editing a page: its id as page and content id. A new page (a draft): page id 0 and the
     * draft as content and draft id, as Confluence's create-page form writes them (scripts that drive
     * createpage.action read ajs-draft-id and ajs-content-id; files dropped on the new page go to the draft).
     */
    private String editorMetas(long id) {
        boolean draft = space.isDraft(id);
        return "<meta name=\"ajs-page-id\" content=\"" + (draft ? 0 : id) + "\">\n"
                + "<meta name=\"ajs-content-id\" content=\"" + id + "\">\n"
                + "<meta name=\"ajs-draft-id\" content=\"" + (draft ? id : 0) + "\">\n";
    }

    /** The macro's metadata as the macro browser gets it (browse-macros-details.action's formDetails). */
    private Map<String, Object> metadata(MacroModule macro, Locale locale) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        String prefix = pluginKey + "." + macro.name() + ".param.";
        for (MacroModule.Parameter p : macro.parameters()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", p.name());
            json.put("type", Map.of("name", p.type()));
            json.put("required", p.required());
            json.put("defaultValue", p.defaultValue());
            json.put("displayName", messages.text(locale, prefix + p.name() + ".label"));
            json.put("description", Html.escape(messages.text(locale, prefix + p.name() + ".desc")));
            json.put("hidden", false);
            parameters.add(json);
        }
        Map<String, Object> formDetails = new LinkedHashMap<>();
        formDetails.put("macroName", macro.name());
        formDetails.put("parameters", parameters);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("macroName", macro.name());
        metadata.put("pluginKey", pluginKey);
        metadata.put("formDetails", formDetails);
        return metadata;
    }
}
