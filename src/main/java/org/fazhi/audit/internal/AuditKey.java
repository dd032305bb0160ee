package org.fazhi.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of the audit chain, kept outside the database (SECURITY.md AUD-03, DI-02): taken from
 * {@code fazhi.audit.key} ({@code FAZHI_AUDIT_KEY}, 64 hex digits or Base64 of at least 16 bytes)
 * or read from {@code fazhi.audit.key-file}. On a first start (no key anywhere and nothing chained
 * yet) 32 random bytes are written to the key file, readable by its owner only. With entries already
 * chained and no key the application refuses to start rather than begin a chain nobody can verify.
 */
final class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    private static final int GENERATED_BYTES = 32;

    private AuditKey() {
    }

    /**
     * The key bytes. {@code chainIsEmpty} says whether a missing key may be generated.
     */
    static byte[] load(String configured, Path file, boolean chainIsEmpty, SecureRandom random) {
        if (configured != null && !configured.isBlank()) {
            return parse(configured.strip(), "fazhi.audit.key");
        }
        if (Files.exists(file)) {
            try {
                return parse(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the audit chain key " + file, e);
            }
        }
        if (!chainIsEmpty) {
            throw new IllegalStateException("The audit chain key is missing: " + file.toAbsolutePath()
                    + " does not exist and FAZHI_AUDIT_KEY is not set, but entries are already chained."
                    + " Restore the key file (or set FAZHI_AUDIT_KEY); a new key would make the chain unverifiable.");
        }
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        if (!write(file, HexFormat.of().formatHex(key))) {
            return load(null, file, chainIsEmpty, random);
        }
        log.warn("Audit chain key generated at {} (owner-only). Back it up apart from the database:"
                + " without it the audit chain cannot be verified.", file.toAbsolutePath());
        return key;
    }

    static byte[] parse(String text, String source) {
        byte[] key;
        if (text.matches("[0-9a-fA-F]{32,}") && text.length() % 2 == 0) {
            key = HexFormat.of().parseHex(text);
        } else {
            try {
                key = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The audit chain key in " + source + " is neither hex nor Base64");
            }
        }
        if (key.length < 16) {
            throw new IllegalStateException("The audit chain key in " + source + " is shorter than 128 bits");
        }
        return key;
    }

    /** Creates the key file; false if another process created it first. */
    private static boolean write(Path file, String hex) {
        try {
            org.fazhi.shared.OwnerOnlyFiles.create(file);
            Files.writeString(file, hex + "\n", StandardCharsets.US_ASCII);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit chain key " + file, e);
        }
    }
}
