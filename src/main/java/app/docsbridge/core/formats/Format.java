package app.docsbridge.core.formats;

import java.util.List;
import java.util.Set;

/** One entry of ONLYOFFICE's formats list: what the editors can do with files of this extension. */
public record Format(String extension, DocumentType type, Set<String> actions, List<String> convertTargets,
                     List<String> mimeTypes) {

    public boolean canView() {
        return actions.contains("view");
    }

    public boolean canEditNatively() {
        return actions.contains("edit");
    }

    public boolean canEditLossy() {
        return actions.contains("lossy-edit");
    }

    public boolean canFillForms() {
        return actions.contains("fill");
    }

    public boolean canConvertTo(String target) {
        return convertTargets.contains(target);
    }

    /** The media type to store files of this format with. */
    public String primaryMimeType() {
        return mimeTypes.isEmpty() ? "application/octet-stream" : mimeTypes.get(0);
    }
}
