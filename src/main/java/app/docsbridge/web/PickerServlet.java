package app.docsbridge.web;

import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.picker.FilePicker;
import app.docsbridge.core.picker.PickException;
import app.docsbridge.core.picker.PickPurpose;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The editor's Confluence file picker, for signed-in users:
 * <ul>
 *   <li>{@code GET ?pageId=N&purpose=image|document|spreadsheet}: {@code {pageId, accept:[ext…], files:[{id, pageId,
 *       fileName, fileType, size, modified}]}}, the page's files the user may view that serve the purpose;</li>
 *   <li>{@code POST {editorAttachmentId, attachmentId, purpose, c}} (JSON, XSRF-checked): {@code {command}}, the signed
 *       object for {@code insertImage} / {@code setRequestedDocument} / {@code setRequestedSpreadsheet}.</li>
 * </ul>
 * Refusals are {@code {error, message}} in the user's language: 401, 403 (XSRF), 404 (missing or not the user's to
 * see), 400, 415 (format), 503 (app not configured).
 */
@AnonymousSiteAccess
public class PickerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient FilePicker picker;
    private final transient FormatTable formats;
    private final transient ActionEndpoint endpoint;

    public PickerServlet(FilePicker picker, FormatTable formats, Users users, Messages messages, HostUrls hostUrls) {
        this.picker = picker;
        this.formats = formats;
        this.endpoint = new ActionEndpoint(users, messages, hostUrls);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ActionEndpoint.Caller caller = endpoint.caller(response);
        OptionalLong pageId = RequestParams.positiveLong(request, "pageId");
        Optional<PickPurpose> purpose = PickPurpose.of(request.getParameter("purpose"));
        if (pageId.isEmpty() || purpose.isEmpty()) {
            caller.badRequest();
            return;
        }
        List<StoredAttachment> files;
        try {
            files = picker.filesOnPage(caller.userKey(), pageId.getAsLong(), purpose.get());
        } catch (PickException e) {
            refused(caller, e);
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (StoredAttachment file : files) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", file.id());
            json.put("pageId", file.pageId());
            json.put("fileName", file.fileName());
            json.put("fileType", file.extension());
            json.put("size", file.size());
            json.put("modified", file.modified() == null ? null : file.modified().toString());
            list.add(json);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pageId", pageId.getAsLong());
        answer.put("accept", List.copyOf(purpose.get().extensions(formats)));
        answer.put("files", list);
        caller.answer(answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endpoint.change(request, response, this::signCommand);
    }

    private void signCommand(ActionEndpoint.Caller caller, Map<String, Object> body) throws IOException {
        OptionalLong editorAttachmentId = ActionRequests.id(body, "editorAttachmentId");
        OptionalLong attachmentId = ActionRequests.id(body, "attachmentId");
        Optional<PickPurpose> purpose = PickPurpose.of(ActionRequests.text(body, "purpose"));
        String command = ActionRequests.text(body, "c");
        if (editorAttachmentId.isEmpty() || attachmentId.isEmpty() || purpose.isEmpty() || command == null) {
            caller.badRequest();
            return;
        }
        try {
            Map<String, Object> signed = picker.command(caller.userKey(), editorAttachmentId.getAsLong(),
                    attachmentId.getAsLong(), purpose.get(), command);
            caller.answer(Map.of("command", signed));
        } catch (PickException e) {
            refused(caller, e);
        }
    }

    private static void refused(ActionEndpoint.Caller caller, PickException e) throws IOException {
        switch (e.reason()) {
            case LOGIN_REQUIRED -> caller.loginRequired();
            case NOT_FOUND -> caller.refuse(404, "notFound", "docsbridge.picker.error.notFound");
            case UNSUPPORTED -> caller.refuse(415, "unsupported", "docsbridge.picker.error.unsupported");
            case NOT_CONFIGURED -> caller.notConfigured();
        }
    }
}
