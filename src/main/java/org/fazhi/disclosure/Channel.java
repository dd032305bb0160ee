package org.fazhi.disclosure;

/** How a request arrived: on the portal, by post, at the counter (entered by staff). */
public enum Channel {
    PORTAL,
    POST,
    COUNTER
}
