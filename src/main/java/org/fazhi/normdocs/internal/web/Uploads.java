package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.excel.SpreadsheetDownload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.fazhi.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet uploads (present, .xlsx, within the limit) and template downloads. */
final class Uploads {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private Uploads() {
    }

    static InputStream open(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException(413, "too-large", "import.file.too-large", java.util.List.of(),
                    MAX_BYTES / 1024 / 1024);
        }
        String name = file.getOriginalFilename();
        if (name != null && !name.isBlank() && !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
        }
        return file.getInputStream();
    }

    static ResponseEntity<byte[]> xlsx(String fileName, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SpreadsheetDownload.TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
                .body(out.toByteArray());
    }
}
