package org.fazhi.support;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a session would hold where production keeps it (Spring Session JDBC: every attribute written
 * with Java serialisation), for tests that a secret waiting in the session is not there in clear; and
 * the code a portal receipt page shows.
 */
public final class SessionContents {

    private static final Pattern RECEIPT_CODE = Pattern.compile("id=\"receipt-code\"[^>]*>\\s*([^<\\s]+)\\s*<");

    private SessionContents() {
    }

    /** Every attribute of the session serialised, byte for character (ASCII secrets can be searched in it). */
    public static String serialised(HttpSession session) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.writeObject(name);
                out.writeObject(session.getAttribute(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /** The code shown on a portal receipt page ({@code id="receipt-code"}). */
    public static String receiptCode(String html) {
        Matcher m = RECEIPT_CODE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no receipt code on the page");
        }
        return m.group(1);
    }
}
