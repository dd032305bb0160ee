package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content-addressed blobs: {@code <root>/ab/cd/<sha256>}. An upload is streamed into a
 * temporary file under {@code <root>/tmp} (the same file system) while it is hashed and counted,
 * never held whole in memory; it is then linked into place only if no blob with that hash exists,
 * so a blob is never overwritten and identical content is kept once. Blobs are made read-only.
 */
class BlobStore {

    static final int HEAD_BYTES = 8192;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Logger log = LoggerFactory.getLogger(BlobStore.class);

    /** The upload would exceed the size limit; nothing was kept. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("too large");
        }
    }

    /**
     * An upload received into a temporary file: its hash, size, first bytes, and whether any byte
     * was zero (text files have none). Closing it deletes the temporary file.
     */
    record Received(Path temp, String sha256, long size, byte[] head, boolean hasZeroByte) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                log.warn("Could not delete temporary upload {}", temp, e);
            }
        }
    }

    private final Path root;
    private final Path temp;

    BlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve("tmp");
    }

    Path root() {
        return root;
    }

    /** Streams {@code in} to a temporary file; more than {@code maxBytes} is refused and deleted. */
    Received receive(InputStream in, long maxBytes) {
        Path file = null;
        try {
            Files.createDirectories(temp);
            file = Files.createTempFile(temp, "upload-", ".part");
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[HEAD_BYTES];
            int headLength = 0;
            long size = 0;
            boolean zero = false;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLargeException();
                    }
                    md.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    if (headLength < HEAD_BYTES) {
                        int copy = Math.min(n, HEAD_BYTES - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    for (int i = 0; i < n && !zero; i++) {
                        zero = buffer[i] == 0;
                    }
                }
            }
            return new Received(file, HexFormat.of().formatHex(md.digest()), size, Arrays.copyOf(head, headLength),
                    zero);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        }
    }

    /**
     * Puts the received content in place under its hash unless a blob with that hash is already
     * there (then the existing blob is kept untouched). Returns true if a new blob was created.
     */
    boolean place(Received received) {
        Path target = path(received.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                return false;
            }
            try {
                Files.createLink(target, received.temp());
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException e) {
                // No hard links on this file system: a move that refuses to replace.
                try {
                    Files.move(received.temp(), target);
                } catch (FileAlreadyExistsException again) {
                    return false;
                }
            }
            readOnly(target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the blob of {@code sha256} lives. */
    Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void readOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        } catch (UnsupportedOperationException | IOException e) {
            file.toFile().setReadOnly();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete temporary upload {}", file, e);
            }
        }
    }
}
