package org.fazhi.files.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The key that names a file in URLs (SECURITY.md AC-04: not guessable): 128 random bits from a
 * strong source, Base64url without padding (22 characters). The numeric row id stays internal, the
 * reference other modules' records keep.
 */
final class FileKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private FileKeys() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code key} could be a key at all (anything else is not looked up). */
    static boolean wellFormed(String key) {
        return key != null && SHAPE.matcher(key).matches();
    }
}
