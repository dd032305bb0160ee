package org.fazhi.assessment.internal.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A list as an XLSX download: UTF-8 file name, never cached. */
final class Xlsx {

    static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    static ResponseEntity<byte[]> of(String fileName, String sheet, List<String> headers, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter.write(out, sheet, headers, rows);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName + ".xlsx", StandardCharsets.UTF_8).build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
                .body(out.toByteArray());
    }
}
