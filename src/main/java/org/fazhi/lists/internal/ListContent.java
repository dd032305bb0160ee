package org.fazhi.lists.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.fazhi.lists.ListEntry;

/**
 * The SHA-256 of a version's content: every entry by code, with every compared field. Two versions
 * with the same items stated the same way have the same hash, whatever the order they were entered
 * in, so an import of an unchanged file changes nothing and the review desk can tell whether the
 * content it reviewed is the content to be published.
 */
public final class ListContent {

    private ListContent() {
    }

    public static String sha256(List<ListEntry> entries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            entries.stream().sorted(Comparator.comparing(ListEntry::code)).forEach(e -> {
                md.update(e.code().getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, Object> f : e.values().entrySet()) {
                    md.update((byte) 0x1f);
                    md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) '=');
                    md.update(String.valueOf(f.getValue()).getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0x1e);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
