package org.fazhi.files;

import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Stores and serves files. {@link #store} streams the input to disk while hashing it, refuses
 * types outside the allow-list (by extension and by magic bytes) and sizes over the limit, and
 * keeps identical content once. Reads are scoped: a file is visible to its unit's subtree, or to
 * anyone once published (attached to a published document).
 */
public interface FileStore {

    StoredFile store(InputStream content, String originalName, String declaredContentType, Long unitId);

    /** Metadata of a file the actor may see (404 otherwise). */
    StoredFile get(long id);

    /** The file's bytes for streaming (Range requests are served from it). */
    Resource content(long id);

    /** Makes the file readable by the public (it is attached to something published). */
    void publish(long id);
}
