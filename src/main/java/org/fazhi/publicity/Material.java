package org.fazhi.publicity;

import java.io.InputStream;

/** A file handed in as material of an activity: its content as uploaded, its name and declared type. */
public record Material(InputStream content, String fileName, String contentType) {
}
