package org.fazhi.shared.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of the personal-data field encryption (SECURITY.md DC-02), kept outside the database:
 * SM4 keys by version, the version new values are encrypted under, and the key of the blind index.
 * Written as {@code name=value} lines separated by new lines or {@code ;}:
 * <pre>
 * index=&lt;32 hex digits&gt;     the blind-index (HMAC-SM3) key; never rotated, or lookups break
 * 1=&lt;32 hex digits&gt;         SM4 key version 1
 * 2=&lt;32 hex digits&gt;         SM4 key version 2 (added for a rotation)
 * active=2                 the version new values are encrypted under
 * </pre>
 * Taken from {@code fazhi.crypto.field-keys} ({@code FAZHI_FIELD_KEYS}), else from the key file
 * ({@code fazhi.crypto.field-key-file}); on a first start with neither, a key file with one version
 * is generated, readable by its owner only. Rotation: add a version, make it active, restart; the
 * rotation job re-encrypts older values, and the old version can be removed once none is left.
 */
public record FieldKeys(Map<Integer, byte[]> versions, int active, byte[] index) {

    private static final Logger log = LoggerFactory.getLogger(FieldKeys.class);
    static final int KEY_BYTES = 16;

    public FieldKeys {
        versions = Map.copyOf(versions);
        if (!versions.containsKey(active)) {
            throw new IllegalStateException("The active field key version " + active + " has no key");
        }
        versions.forEach((v, k) -> requireLength(k, "field key version " + v));
        requireLength(index, "blind-index key");
    }

    /** The key of a version, or an exception naming the missing version. */
    public byte[] key(int version) {
        byte[] key = versions.get(version);
        if (key == null) {
            throw new IllegalStateException("No field key of version " + version
                    + " is configured (fazhi.crypto.field-keys or the key file): values under it cannot be read");
        }
        return key;
    }

    /** The keys from the configured text, else the file; generated into the file when neither exists. */
    public static FieldKeys load(String configured, Path file, SecureRandom random) {
        if (configured != null && !configured.isBlank()) {
            return parse(configured, "fazhi.crypto.field-keys");
        }
        if (Files.exists(file)) {
            try {
                return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the field key file " + file, e);
            }
        }
        HexFormat hex = HexFormat.of();
        byte[] index = new byte[KEY_BYTES];
        byte[] first = new byte[KEY_BYTES];
        random.nextBytes(index);
        random.nextBytes(first);
        String text = "# Fazhi personal-data field keys (SM4, HMAC-SM3 blind index). Back up apart from the database.\n"
                + "index=" + hex.formatHex(index) + "\n1=" + hex.formatHex(first) + "\nactive=1\n";
        if (!write(file, text)) {
            return load(null, file, random);
        }
        log.warn("Field encryption keys generated at {} (owner-only). Back them up apart from the database:"
                + " without them personal data in the database cannot be read.", file.toAbsolutePath());
        return parse(text, file.toString());
    }

    static FieldKeys parse(String text, String source) {
        Map<Integer, byte[]> versions = new TreeMap<>();
        Integer active = null;
        byte[] index = null;
        for (String raw : text.split("[;\\n]")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new IllegalStateException("A line of the field keys in " + source + " is not name=value");
            }
            String name = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (name.equals("active")) {
                active = number(value, source);
            } else if (name.equals("index")) {
                index = hex(value, source);
            } else {
                versions.put(number(name, source), hex(value, source));
            }
        }
        if (index == null || versions.isEmpty()) {
            throw new IllegalStateException("The field keys in " + source + " need an index key and at least one version");
        }
        return new FieldKeys(versions, active == null ? ((TreeMap<Integer, byte[]>) versions).lastKey() : active, index);
    }

    private static int number(String s, String source) {
        try {
            int v = Integer.parseInt(s);
            if (v < 1 || v > 9999) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("A field key version in " + source + " is not a number from 1 to 9999");
        }
    }

    private static byte[] hex(String s, String source) {
        if (!s.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalStateException("A field key in " + source + " is not 32 hex digits (128 bits)");
        }
        return HexFormat.of().parseHex(s);
    }

    private static void requireLength(byte[] key, String what) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalStateException("The " + what + " is not 128 bits");
        }
    }

    private static boolean write(Path file, String text) {
        try {
            org.fazhi.shared.OwnerOnlyFiles.create(file);
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the field key file " + file, e);
        }
    }
}
