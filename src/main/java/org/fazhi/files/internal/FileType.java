package org.fazhi.files.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types the store knows: the extensions that name them, the content type they are served
 * with, and how their content is recognised. Which of them are accepted is configured
 * ({@code fazhi.files.types}).
 */
enum FileType {
    PDF("application/pdf", Kind.PDF, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.ZIP, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.ZIP, "xlsx"),
    DOC("application/msword", Kind.OLE2, "doc"),
    XLS("application/vnd.ms-excel", Kind.OLE2, "xls"),
    ODT("application/vnd.oasis.opendocument.text", Kind.ZIP, "odt"),
    OFD("application/ofd", Kind.ZIP, "ofd"),
    ZIP("application/zip", Kind.ZIP, "zip"),
    TXT("text/plain", Kind.TEXT, "txt"),
    JPEG("image/jpeg", Kind.MAGIC, "jpg", "jpeg"),
    PNG("image/png", Kind.MAGIC, "png"),
    GIF("image/gif", Kind.MAGIC, "gif"),
    WEBP("image/webp", Kind.MAGIC, "webp"),
    MP3("audio/mpeg", Kind.MAGIC, "mp3"),
    M4A("audio/mp4", Kind.MAGIC, "m4a"),
    WAV("audio/wav", Kind.MAGIC, "wav"),
    MP4("video/mp4", Kind.MAGIC, "mp4"),
    MOV("video/quicktime", Kind.MAGIC, "mov");

    /** How the content is recognised. */
    enum Kind {
        PDF, ZIP, OLE2, TEXT, MAGIC
    }

    private final String contentType;
    private final Kind kind;
    private final List<String> extensions;

    FileType(String contentType, Kind kind, String... extensions) {
        this.contentType = contentType;
        this.kind = kind;
        this.extensions = List.of(extensions);
    }

    String contentType() {
        return contentType;
    }

    Kind kind() {
        return kind;
    }

    List<String> extensions() {
        return extensions;
    }

    static Optional<FileType> byExtension(String extension) {
        String e = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(e)).findFirst();
    }
}
