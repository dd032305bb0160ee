package org.fazhi.files.internal;

import org.fazhi.files.StoredFile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public read path: {@code /files/{id}} serves a published file to anyone, signed in or not,
 * and nothing else (an unpublished file answers 404 here even to its own unit, so that a public
 * link never exposes internal content). Caches must revalidate, so a withdrawn file stops being
 * served.
 */
@Controller
class PublicFilesApi {

    static final String PATH = "/files/*";

    private final FileRecords records;
    private final BlobStore blobs;

    PublicFilesApi(FileRecords records, BlobStore blobs) {
        this.records = records;
        this.blobs = blobs;
    }

    @GetMapping("/files/{id:\\d{1,18}}")
    ResponseEntity<Resource> published(@PathVariable long id, WebRequest request) {
        StoredFile f = records.find(id).filter(StoredFile::published)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (request.checkNotModified(Downloads.etag(f))) {
            return null;
        }
        FileSystemResource body = new FileSystemResource(blobs.path(f.sha256()));
        if (!body.isReadable()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Downloads.send(f, body, CacheControl.noCache().cachePublic());
    }
}
