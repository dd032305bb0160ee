package org.fazhi.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploaded names lose paths, control and invisible characters (SECURITY.md UPL-01, ASVS 5.3.2). */
class FileNamesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd.pdf|passwd.pdf",
        "..\\..\\windows\\system32\\x.pdf|x.pdf",
        "C:\\Users\\张三\\Desktop\\处罚决定书.pdf|处罚决定书.pdf",
        "/abs/path/report.docx|report.docx",
        "...hidden.txt|hidden.txt",
        "name with   spaces .pdf|name with spaces .pdf",
        "a<b>c:d\"e?f*g.pdf|a_b_c_d_e_f_g.pdf",
        "trailing.pdf...|trailing.pdf",
        "决定书（2026）第1号.pdf|决定书（2026）第1号.pdf"
    })
    void pathsAndForbiddenCharactersAreRemoved(String original, String expected) {
        assertThat(FileNames.sanitize(original)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aPipeIsReplacedToo() {
        assertThat(FileNames.sanitize("a|b.pdf")).isEqualTo("a_b.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b.pdf", "a\nb.pdf", "a\rb.pdf", "a\u007fb.pdf", "a\u200bb.pdf", "a\ufeffb.pdf"})
    void controlAndInvisibleCharactersAreDropped(String original) {
        assertThat(FileNames.sanitize(original)).isEqualTo("ab.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice\u202Efdp.exe", "invoice\u202Efdp.exe\u202C"})
    void aRightToLeftOverrideCannotDisguiseTheExtension(String original) {
        String safe = FileNames.sanitize(original);
        assertThat(safe).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.extension(safe)).isEqualTo("exe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "..", "../", "/", "\u0000", "\u202E"})
    void nothingUsableLeavesAnEmptyName(String original) {
        assertThat(FileNames.sanitize(original)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"report.PDF,pdf", "archive.tar.gz,gz", "noextension,''", ".pdf,''", "x.,''"})
    void theExtensionIsTheLowerCasePartAfterTheLastDot(String name, String extension) {
        assertThat(FileNames.extension(name)).isEqualTo(extension);
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 300, 5000})
    void longNamesAreShortenedKeepingTheExtension(int length) {
        String safe = FileNames.sanitize("长".repeat(length) + ".docx");
        assertThat(safe.codePointCount(0, safe.length())).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(safe).endsWith("长.docx");
    }
}
