/**
 * Content-addressed store of attachments and evidence: each file is kept once under its SHA-256
 * in the data folder, streamed in and out (never whole in memory), never overwritten, with Range
 * requests for audio and video. Uploads are checked by extension and content (magic bytes, ZIP
 * and OLE2 structure, zip-bomb limits, no macros) and size. Other modules store through
 * {@link org.fazhi.files.FileStore} in their own transaction and decide who may read the files their
 * records hold through {@link org.fazhi.files.FileOwner} (access follows the record, not the unit;
 * the three administrators read no unpublished file). URLs name a file by a random 128-bit key: the
 * API is {@code /api/v1/files/{key}} and published files are public at {@code /files/{key}}. Owns
 * {@code stored_file} and {@code <data-dir>/files}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package org.fazhi.files;
