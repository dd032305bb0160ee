/**
 * Content-addressed store of attachments and evidence: each file is kept once under its SHA-256
 * in the data folder, streamed in and out (never whole in memory), never overwritten, with Range
 * requests for audio and video.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package org.fazhi.files;
