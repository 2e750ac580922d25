package app.docsbridge.core.picker;

import app.docsbridge.core.formats.DocumentType;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the editor asks a Confluence file for, and so which files it accepts: an image to insert
 * ({@code onRequestInsertImage}), a document to compare or combine ({@code onRequestSelectDocument}), or a
 * spreadsheet of mail-merge recipients ({@code onRequestSelectSpreadsheet}) (../shared/reference/docs-api.md §2.4);
 * a new source spreadsheet for linked data ({@code onRequestReferenceSource}: listed here, signed by
 * {@code ReferenceSources});
 * or, for the preview macro's file in the macro browser, any file ONLYOFFICE can display ({@code VIEW}: listed
 * only, never signed for an editor).
 */
public enum PickPurpose {
    IMAGE, DOCUMENT, SPREADSHEET, REFERENCE, VIEW;

    /** The raster formats the editors insert as pictures (ONLYOFFICE's image upload list). */
    static final Set<String> IMAGE_EXTENSIONS = Set.of("bmp", "gif", "jpeg", "jpg", "png", "tif", "tiff");

    public static Optional<PickPurpose> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (PickPurpose purpose : values()) {
            if (purpose.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a file with this (lower-case) extension serves the purpose. */
    public boolean accepts(String extension, FormatTable formats) {
        return switch (this) {
            case IMAGE -> IMAGE_EXTENSIONS.contains(extension);
            case DOCUMENT -> formats.find(extension).filter(f -> f.canView() && f.type() == DocumentType.WORD).isPresent();
            case SPREADSHEET, REFERENCE -> formats.find(extension).filter(f -> f.canView() && f.type() == DocumentType.CELL).isPresent();
            case VIEW -> formats.find(extension).filter(Format::canView).isPresent();
        };
    }

    /** Every accepted extension, sorted: the browser filters search results with it. */
    public Set<String> extensions(FormatTable formats) {
        Set<String> all = new TreeSet<>();
        if (this == IMAGE) {
            all.addAll(IMAGE_EXTENSIONS);
        } else {
            for (String extension : formats.extensions()) {
                if (accepts(extension, formats)) {
                    all.add(extension);
                }
            }
        }
        return all;
    }

    /** The type the Document Server is told for the file: the format table's, or the image's extension. */
    String fileType(String extension, FormatTable formats) {
        return this == IMAGE ? extension : formats.find(extension).map(Format::extension).orElse(extension);
    }
}
