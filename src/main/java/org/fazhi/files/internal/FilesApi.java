package org.fazhi.files.internal;

import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * nothing), metadata, and content with Range support. Scope is the store's: another unit's file
 * answers 404.
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
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEGAL_REVIEWER','DRAFTER','ENFORCEMENT_OFFICER')")
    ResponseEntity<StoredFile> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Positive Long unitId) throws IOException {
        try (InputStream in = file.getInputStream()) {
            StoredFile stored = files.store(in, file.getOriginalFilename(), file.getContentType(), unitId);
            return ResponseEntity.created(URI.create("/api/v1/files/" + stored.id())).body(stored);
        }
    }

    @GetMapping("/{id}")
    StoredFile metadata(@PathVariable @Positive long id) {
        return files.get(id);
    }

    @GetMapping("/{id}/content")
    ResponseEntity<Resource> content(@PathVariable @Positive long id, WebRequest request) {
        StoredFile f = files.get(id);
        if (request.checkNotModified(Downloads.etag(f))) {
            return null;
        }
        return Downloads.send(f, files.content(id), CacheControl.noStore());
    }
}
