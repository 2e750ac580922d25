package app.docsbridge.core.reference;

/**
 * What the spreadsheet editor says about a linked source (docs-api §2.4 {@code onRequestReferenceData},
 * {@code onRequestReferenceSource}, {@code onRequestOpen}): the source's {@code referenceData} as the source's config
 * gave it ({@code fileKey}, {@code instanceId}; either may be null), the {@code path} shown in the formula (the file
 * name), and for IMPORTRANGE the {@code link} the user typed. Any of them may be missing.
 */
public record ReferenceRequest(String fileKey, String instanceId, String path, String link) {

    public boolean isEmpty() {
        return fileKey == null && instanceId == null && path == null && link == null;
    }
}
