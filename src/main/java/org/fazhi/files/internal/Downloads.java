package org.fazhi.files.internal;

import java.nio.charset.StandardCharsets;
import org.fazhi.files.StoredFile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;

/**
 * The response that sends a file: always an attachment (never rendered in the page's origin),
 * its checked content type with {@code nosniff}, the SHA-256 as ETag, byte ranges accepted
 * (Spring MVC answers a Range header on a Resource body with 206 or 416).
 */
final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    static String etag(StoredFile f) {
        return "\"" + f.sha256() + "\"";
    }

    static ResponseEntity<Resource> send(StoredFile f, Resource body, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .eTag(etag(f))
                .cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(f.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .body(body);
    }

    /** {@code attachment} with an ASCII fallback name and the exact name as RFC 5987 {@code filename*}. */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != '%'
                ? (char) cp : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
