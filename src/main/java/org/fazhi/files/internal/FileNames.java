package org.fazhi.files.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes an uploaded file's name safe to store and to send back: only the last path segment
 * (no {@code ../}, no folders), no control or invisible formatting characters (such as the
 * right-to-left override that disguises {@code exe} as {@code pdf}), no characters Windows
 * forbids, no leading dots, at most {@value #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FORBIDDEN = "<>:\"|?*";

    private FileNames() {
    }

    /** The safe name, or an empty string if nothing usable is left. */
    static String sanitize(String original) {
        if (original == null) {
            return "";
        }
        String n = Normalizer.normalize(original, Normalizer.Form.NFC);
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(cut + 1);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                return;
            }
            if (FORBIDDEN.indexOf(cp) >= 0) {
                sb.append('_');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString().replaceAll(" {2,}", " ").strip();
        s = s.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        return shorten(s);
    }

    /** The lower-case extension after the last dot, or an empty string. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 1 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_LENGTH) {
            return s;
        }
        String ext = extension(s);
        int keep = MAX_LENGTH - (ext.isEmpty() ? 0 : ext.length() + 1);
        String base = s.substring(0, s.offsetByCodePoints(0, Math.max(keep, 1))).strip();
        return ext.isEmpty() ? base : base + "." + ext;
    }
}
