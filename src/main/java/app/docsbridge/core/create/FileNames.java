package app.docsbridge.core.create;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * File names that users type for new attachments: what is refused, how the extension is added, and how a name that
 * exists on the page becomes unique ({@code Letter.docx}, {@code Letter (1).docx}, … compared case-insensitively).
 */
public final class FileNames {

    /** Longest name (without the extension) a user may type. */
    public static final int MAX_LENGTH = 200;

    /** Characters that Windows, macOS or Confluence's download URLs cannot carry in a file name. */
    static final String FORBIDDEN = "\\/:*?\"<>|";

    /** Why a name is refused; each has its own message. */
    public enum Problem {
        EMPTY, TOO_LONG, FORBIDDEN_CHARACTER, CONTROL_CHARACTER, DOTS_ONLY
    }

    private FileNames() {
    }

    /** The problem with a typed name (before the extension is added), or empty when it may be used. */
    public static Optional<Problem> check(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of(Problem.FORBIDDEN_CHARACTER);
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return Optional.of(Problem.CONTROL_CHARACTER);
            }
        }
        if (value.chars().allMatch(c -> c == '.')) {
            return Optional.of(Problem.DOTS_ONLY);
        }
        return Optional.empty();
    }

    /**
     * The typed name with {@code extension} (lower case, no dot) appended, unless the user typed it already;
     * surrounding white space and trailing dots are dropped ("Trailing dot." becomes "Trailing dot.docx", not
     * "Trailing dot..docx"; Windows drops such dots anyway).
     */
    public static String withExtension(String name, String extension) {
        String value = trimEnd(name.strip());
        String suffix = "." + extension.toLowerCase(Locale.ROOT);
        if (value.toLowerCase(Locale.ROOT).endsWith(suffix) && value.length() > suffix.length()) {
            value = trimEnd(value.substring(0, value.length() - suffix.length()));
        }
        return (value.isEmpty() ? name.strip() : value) + suffix;
    }

    /** Without trailing dots and white space. */
    private static String trimEnd(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == '.' || Character.isWhitespace(value.charAt(end - 1)))) {
            end--;
        }
        return value.substring(0, end);
    }

    /** The base name without the last extension, e.g. {@code Letter} for {@code Letter.doc}. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /** {@code fileName}, or the first free {@code base (n).ext} when a name of {@code existing} is the same. */
    public static String unique(String fileName, Collection<String> existing) {
        Set<String> taken = existing.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!taken.contains(fileName.toLowerCase(Locale.ROOT))) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String base = dot <= 0 ? fileName : fileName.substring(0, dot);
        String extension = dot <= 0 ? "" : fileName.substring(dot);
        for (int n = 1; ; n++) {
            String candidate = base + " (" + n + ")" + extension;
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }
}
