package org.fazhi.files;

import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Stores and serves files. {@link #store} streams the input to disk while hashing it, refuses
 * types outside the allow-list (by extension and by magic bytes) and sizes over the limit, and
 * keeps identical content once. Reads follow the record a file belongs to: the module that holds it
 * decides ({@link FileOwner}); a file no module holds is read by its uploader alone; a published file
 * (attached to something published) by anyone; the three administrators read no unpublished file;
 * an unpublished file only with a clearance at or above its security label (AC-07).
 * Everything else answers 404. URLs name a file by its random {@link StoredFile#key()}.
 */
public interface FileStore {

    /**
     * Stores one upload in the caller's transaction and audits it. {@code unitId} null means the
     * actor's own unit; a signed-in actor may only name a unit in their scope (404 otherwise).
     * Refusals are 4xx problems and store nothing: 400 bad name or empty, 413 over the size
     * limit, 415 a type outside the allow-list or content that is not what its extension claims.
     * {@code declaredContentType} is not trusted: the stored type follows the checked content.
     */
    StoredFile store(InputStream content, String originalName, String declaredContentType, Long unitId);

    /** Metadata of a file the actor may read (404 otherwise). */
    StoredFile get(long id);

    /** Metadata of a file, by its key, that the actor may read (404 otherwise). */
    StoredFile get(String key);

    /**
     * A file the acting user uploaded that no module's record holds yet (an upload not attached), for
     * the caller to attach to one of its records; 404 for anything else — a file another record holds
     * (even one the actor may read), another user's upload, an unknown id — so that a record can never
     * be made to carry, share or publish a file that belongs to another record.
     */
    StoredFile claim(long id);

    /**
     * The file's bytes for streaming (Range requests are served from it), if the actor may read it.
     * Reading a file that is not published is audited as a download.
     */
    Resource content(long id);

    /**
     * Sets the file's security label (SECURITY.md AC-07): the security administrator alone, within the
     * data scope (404 otherwise), audited with the label before and after. An unpublished file is then
     * read only by accounts whose clearance is at or above the label.
     */
    StoredFile label(String key, org.fazhi.units.SecurityLevel label);

    /** Makes the file readable by the public (it is attached to something published). */
    void publish(long id);

    /** Withdraws a publication (the document it belongs to was withdrawn or annulled). */
    void unpublish(long id);
}
