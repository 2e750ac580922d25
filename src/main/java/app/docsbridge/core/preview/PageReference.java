package app.docsbridge.core.preview;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The macro's {@code page} parameter as Confluence hands it to a macro: {@code SPACE:Title}, {@code Title} (same
 * space), or for blog posts {@code SPACE:/yyyy/MM/dd/Title} and {@code /yyyy/MM/dd/Title}. That is how Confluence
 * 8.7.2 turns a stored {@code <ri:page>} / {@code <ri:blog-post>} into the string parameter
 * (StorageMacroV2Unmarshaller.toPageWikiLink / toBlogPostWikiLink, posting day "yyyy/MM/dd" from
 * ThreadLocalTransformationDateFormats) and how its editor parses it back (ConfluenceContentMacroParameterParser).
 *
 * @param spaceKey   null: the space of the page being rendered
 * @param postingDay null for pages
 */
public record PageReference(String spaceKey, String title, LocalDate postingDay) {

    private static final Pattern BLOG_POST = Pattern.compile("^/(\\d{4})/(\\d{2})/(\\d{2})/(.+)$");

    /** Empty when the parameter is absent or blank: the macro's own page is meant. */
    public static Optional<PageReference> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.trim();
        String spaceKey = null;
        int colon = value.indexOf(':');
        if (colon > 0) {
            spaceKey = value.substring(0, colon).trim();
            value = value.substring(colon + 1).trim();
        }
        Matcher blog = BLOG_POST.matcher(value);
        if (blog.matches()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(blog.group(1)), Integer.parseInt(blog.group(2)),
                        Integer.parseInt(blog.group(3)));
                return Optional.of(new PageReference(spaceKey, blog.group(4), day));
            } catch (DateTimeException e) {
                // not a date after all: a page whose title looks like a path
            }
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(new PageReference(spaceKey, value, null));
    }

    public boolean isBlogPost() {
        return postingDay != null;
    }
}
