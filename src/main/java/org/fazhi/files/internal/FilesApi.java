package org.fazhi.files.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.shared.web.Allowed;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files over the JSON API: upload (staff with a business role; administrators and leaders change
 * nothing), metadata, and content with Range support, by the file's random key. Who may read is the
 * store's rule (the record the file belongs to decides); anything else answers 404.
 */
@RestController
@RequestMapping("/api/v1/files")
@Validated
class FilesApi {

    private final FileStore files;

    FilesApi(FileStore files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Allowed.Uploaders
    ResponseEntity<StoredFile> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Positive Long unitId) throws IOException {
        try (InputStream in = file.getInputStream()) {
            StoredFile stored = files.store(in, file.getOriginalFilename(), file.getContentType(), unitId);
            return ResponseEntity.created(URI.create("/api/v1/files/" + stored.key())).body(stored);
        }
    }

    @GetMapping("/{key}")
    @Operation(summary = "A file's metadata, by its random key, if the record it belongs to lets the caller read it"
            + " (404 otherwise)")
    StoredFile metadata(@PathVariable @Size(max = 40) String key) {
        return files.get(key);
    }

    /** A file's security label (AC-07): PUBLIC, INTERNAL or SENSITIVE. */
    record LabelRequest(@jakarta.validation.constraints.NotNull org.fazhi.units.SecurityLevel label) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/{key}/label")
    @Operation(summary = "Set a file's security label: PUBLIC, INTERNAL or SENSITIVE (SECURITY_ADMIN, within the data"
            + " scope); an unpublished file is read only with a clearance at or above it")
    StoredFile label(@PathVariable @Size(max = 40) String key,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody LabelRequest request) {
        return files.label(key, request.label());
    }

    @GetMapping("/{key}/content")
    @Operation(summary = "A file's bytes, by its random key (Range requests answered); audited")
    ResponseEntity<Resource> content(@PathVariable @Size(max = 40) String key, WebRequest request) {
        StoredFile f = files.get(key);
        if (request.checkNotModified(Downloads.etag(f))) {
            return null;
        }
        return Downloads.send(f, files.content(f.id()), CacheControl.noStore());
    }
}
