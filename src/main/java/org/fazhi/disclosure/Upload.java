package org.fazhi.disclosure;

import java.io.InputStream;

/** A file the requester sends with a request or a 补正 on the portal (the caller closes the stream). */
public record Upload(InputStream content, String name, String contentType) {
}
