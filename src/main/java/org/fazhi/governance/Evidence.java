package org.fazhi.governance;

import java.io.InputStream;

/** A file handed in with a report (evidence of progress or completion, minutes, a statement). */
public record Evidence(InputStream content, String fileName, String contentType) {
}
