package org.fazhi.files;

import java.util.Optional;

/**
 * A module that keeps files in its records decides who may read them (SECURITY.md AC-04, AC-06):
 * access to a file follows the record it belongs to, never the unit alone. Each such module
 * implements this for its own records (a normative document's attachment, a case's evidence...).
 * The file store asks every owner; the first that holds the file decides. A file no module holds is
 * read by its uploader alone (an upload not attached yet); a published file by anyone; the three
 * administrators read no unpublished file.
 */
public interface FileOwner {

    /**
     * Whether the acting user may read {@code file}, if one of this module's records holds it; empty
     * when no record of this module refers to the file.
     */
    Optional<Boolean> mayRead(StoredFile file);
}
