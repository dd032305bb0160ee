package org.fazhi.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The content must be what the extension claims (SECURITY.md UPL-01; ASVS 5.2.2, 5.2.3). */
class ContentCheckTests {

    private static final ContentCheck.ZipLimits LIMITS = new ContentCheck.ZipLimits(100, 50L * 1024 * 1024, 100);

    @TempDir
    Path dir;

    private void check(FileType type, byte[] content) throws ContentCheck.Refused {
        BlobStore blobs = new BlobStore(dir);
        try (BlobStore.Received r = blobs.receive(new ByteArrayInputStream(content), Long.MAX_VALUE)) {
            ContentCheck.check(type, r, LIMITS);
        }
    }

    private String refusal(FileType type, byte[] content) {
        try {
            check(type, content);
            return null;
        } catch (ContentCheck.Refused e) {
            return e.messageKey();
        }
    }

    static Stream<Arguments> genuine() {
        return Stream.of(
                Arguments.of(FileType.PDF, Samples.pdf(300, 1)),
                Arguments.of(FileType.DOCX, Samples.docx()),
                Arguments.of(FileType.XLSX, Samples.xlsx()),
                Arguments.of(FileType.XLS, Samples.xls()),
                Arguments.of(FileType.DOC, Samples.ole2("WordDocument")),
                Arguments.of(FileType.ODT, Samples.odt()),
                Arguments.of(FileType.OFD, Samples.zip(new String[] {"OFD.xml", "Doc_0/Document.xml"}, 0)),
                Arguments.of(FileType.TXT, "第一行\n第二行\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of(FileType.PNG, Samples.png()),
                Arguments.of(FileType.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}),
                Arguments.of(FileType.GIF, "GIF89a....".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of(FileType.WEBP, "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of(FileType.WAV, "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of(FileType.MP3, "ID3\u0004\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of(FileType.MP3, new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64}),
                Arguments.of(FileType.MP4, Samples.mp4()),
                Arguments.of(FileType.M4A, Samples.mp4()),
                Arguments.of(FileType.MOV, Samples.mp4()),
                Arguments.of(FileType.ZIP, Samples.zip(new String[] {"a.txt"}, 0)));
    }

    @ParameterizedTest
    @MethodSource("genuine")
    void genuineFilesPass(FileType type, byte[] content) {
        assertThatCode(() -> check(type, content)).doesNotThrowAnyException();
    }

    static Stream<Arguments> disguised() {
        byte[] exe = Samples.exe();
        return Stream.of(
                Arguments.of(FileType.PDF, exe),
                Arguments.of(FileType.DOCX, exe),
                Arguments.of(FileType.PNG, exe),
                Arguments.of(FileType.MP4, exe),
                Arguments.of(FileType.TXT, exe),
                Arguments.of(FileType.DOC, exe),
                Arguments.of(FileType.DOCX, Samples.xlsx()),
                Arguments.of(FileType.XLSX, Samples.docx()),
                Arguments.of(FileType.DOCX, Samples.zip(new String[] {"evil.exe"}, 0)),
                Arguments.of(FileType.ODT, Samples.zip(new String[] {"mimetype"}, 0)),
                Arguments.of(FileType.DOC, Samples.xls()),
                Arguments.of(FileType.XLS, Samples.ole2("WordDocument")),
                Arguments.of(FileType.JPEG, Samples.png()),
                Arguments.of(FileType.PDF, "%PDF".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of(FileType.TXT, "text\0with a zero byte".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of(FileType.DOCX, truncated(Samples.docx())));
    }

    @ParameterizedTest
    @MethodSource("disguised")
    void contentThatIsNotWhatItsExtensionClaimsIsRefused(FileType type, byte[] content) {
        assertThat(refusal(type, content)).isEqualTo(ContentCheck.MISMATCH);
    }

    @Test
    void aZipBombIsRefused() {
        byte[] bomb = Samples.zip(new String[] {"[Content_Types].xml", "word/document.xml"}, 20 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);
        assertThat(refusal(FileType.DOCX, bomb)).isEqualTo(ContentCheck.UNSAFE_ARCHIVE);
    }

    @Test
    void tooManyEntriesAreRefused() {
        String[] names = new String[101];
        for (int i = 0; i < names.length; i++) {
            names[i] = "f" + i + ".txt";
        }
        assertThat(refusal(FileType.ZIP, Samples.zip(names, 0))).isEqualTo(ContentCheck.UNSAFE_ARCHIVE);
    }

    @Test
    void entryNamesThatClimbOutOfTheArchiveAreRefused() {
        assertThat(refusal(FileType.ZIP, Samples.zip(new String[] {"../../evil.sh"}, 0)))
                .isEqualTo(ContentCheck.UNSAFE_ARCHIVE);
    }

    @Test
    void documentsWithMacrosAreRefused() {
        assertThat(refusal(FileType.DOCX, Samples.zip(new String[] {"[Content_Types].xml", "word/document.xml",
            "word/vbaProject.bin"}, 0))).isEqualTo(ContentCheck.MACROS);
        assertThat(refusal(FileType.DOC, Samples.ole2("WordDocument", "Macros"))).isEqualTo(ContentCheck.MACROS);
    }

    @Test
    void theRefusalNamesItsReason() {
        assertThatThrownBy(() -> check(FileType.PDF, Samples.exe())).isInstanceOf(ContentCheck.Refused.class)
                .hasMessage(ContentCheck.MISMATCH);
    }

    private static byte[] truncated(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length / 2);
    }
}
