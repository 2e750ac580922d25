package app.docsbridge.core.create;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void check_shouldAcceptOrdinaryNamesInAnyScript() {
        for (String name : List.of("Report", "Q3 plan (draft)", "Отчёт", "議事録", "a.b.c", "  padded  ", "#1 & more")) {
            assertEquals(Optional.empty(), FileNames.check(name), name);
        }
    }

    @Test
    void check_shouldRefuseEmptyNames() {
        assertEquals(Optional.of(FileNames.Problem.EMPTY), FileNames.check(null));
        assertEquals(Optional.of(FileNames.Problem.EMPTY), FileNames.check(""));
        assertEquals(Optional.of(FileNames.Problem.EMPTY), FileNames.check(" \t "));
    }

    @Test
    void check_shouldRefuseEveryForbiddenCharacter() {
        for (char c : "\\/:*?\"<>|".toCharArray()) {
            assertEquals(Optional.of(FileNames.Problem.FORBIDDEN_CHARACTER), FileNames.check("a" + c + "b"),
                    String.valueOf(c));
        }
    }

    @Test
    void check_shouldRefuseControlCharacters() {
        for (String name : List.of("a\nb", "a\u0000b", "a\u007fb", "a\u2028b", "tab\there")) {
            assertEquals(Optional.of(FileNames.Problem.CONTROL_CHARACTER), FileNames.check(name), name);
        }
    }

    @Test
    void check_shouldCountCharactersNotUtf16Units() {
        assertEquals(Optional.empty(), FileNames.check("x".repeat(FileNames.MAX_LENGTH)));
        assertEquals(Optional.of(FileNames.Problem.TOO_LONG), FileNames.check("x".repeat(FileNames.MAX_LENGTH + 1)));
        assertEquals(Optional.empty(), FileNames.check("\uD83D\uDE00".repeat(FileNames.MAX_LENGTH)), "200 emoji");
    }

    @Test
    void check_shouldRefuseDotsOnly() {
        assertEquals(Optional.of(FileNames.Problem.DOTS_ONLY), FileNames.check("."));
        assertEquals(Optional.of(FileNames.Problem.DOTS_ONLY), FileNames.check(" .. "));
    }

    @Test
    void withExtension_shouldAddItOnceAndTrim() {
        assertEquals("Report.docx", FileNames.withExtension(" Report ", "docx"));
        assertEquals("Report.docx", FileNames.withExtension("Report.DOCX", "docx"));
        assertEquals("Report.xlsx.docx", FileNames.withExtension("Report.xlsx", "docx"));
        assertEquals(".docx.docx", FileNames.withExtension(".docx", "docx"), "a name that is only the extension");
        assertEquals("Trailing dot.docx", FileNames.withExtension("Trailing dot.", "docx"), "not Trailing dot..docx");
        assertEquals("Report.docx", FileNames.withExtension("Report.docx. ", "docx"));
        assertEquals("Dots.docx", FileNames.withExtension("Dots...", "docx"));
    }

    @Test
    void baseName_shouldDropTheLastExtension() {
        assertEquals("Letter", FileNames.baseName("Letter.doc"));
        assertEquals("archive.tar", FileNames.baseName("archive.tar.gz"));
        assertEquals("README", FileNames.baseName("README"));
        assertEquals(".profile", FileNames.baseName(".profile"));
    }

    @Test
    void unique_shouldNumberTakenNamesCaseInsensitively() {
        assertEquals("Letter.docx", FileNames.unique("Letter.docx", List.of("Other.docx")));
        assertEquals("Letter (1).docx", FileNames.unique("Letter.docx", List.of("letter.DOCX")));
        assertEquals("Letter (3).docx", FileNames.unique("Letter.docx",
                List.of("Letter.docx", "Letter (1).docx", "LETTER (2).docx", "Letter (4).docx")));
        assertEquals("README (1)", FileNames.unique("README", List.of("readme")));
    }
}
