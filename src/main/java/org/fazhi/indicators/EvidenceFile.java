package org.fazhi.indicators;

import java.io.InputStream;

/** A file handed in as evidence for a self-assessed indicator. */
public record EvidenceFile(InputStream content, String fileName, String contentType) {
}
