package org.fazhi.shared;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold a secret on the server (keys, generated passwords): created readable and writable by
 * the account the application runs as and nobody else. On a file system without POSIX permissions
 * (Windows) the file gets the access list of its folder, which the operator must restrict; the
 * installation guide says so.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code file} (and its folder) owner-only; fails with
     * {@link java.nio.file.FileAlreadyExistsException} when it exists.
     */
    public static Path create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createFile(file);
    }
}
