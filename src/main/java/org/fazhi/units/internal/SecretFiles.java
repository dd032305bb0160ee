package org.fazhi.units.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;

/**
 * A secret handed to the server's operator rather than to a user of the application: written to a
 * file in the data folder that only the file's owner (the account the application runs as) can read.
 * Used for the first administrator's generated password and for administrator activations that no
 * administrator of the same role can give (三员分立: the operator is not one of the three).
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** Writes {@code content} to {@code dataDir/name} (replacing it), owner-only; returns the file. */
    public static Path write(Path dataDir, String name, String content) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(name);
            Files.deleteIfExists(file);
            org.fazhi.shared.OwnerOnlyFiles.create(file);
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
