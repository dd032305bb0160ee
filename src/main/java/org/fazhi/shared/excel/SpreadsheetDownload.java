package org.fazhi.shared.excel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A spreadsheet as an HTTP download, the one way every module exports a list: the XLSX content
 * type, a UTF-8 file name (Chinese names survive), never cached, never sniffed.
 */
public final class SpreadsheetDownload {

    /** The XLSX media type, for {@code produces} and for uploads' checks. */
    public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetDownload() {
    }

    /** One sheet with a header row; {@code name} without the extension. */
    public static ResponseEntity<byte[]> of(String name, String sheet, List<String> headers, List<List<?>> rows) {
        return xlsx(name + ".xlsx", out -> SpreadsheetWriter.write(out, sheet, headers, rows));
    }

    /** Whatever {@code writer} writes; {@code fileName} with its extension. */
    public static ResponseEntity<byte[]> xlsx(String fileName, Consumer<? super ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(out.toByteArray());
    }
}
