package org.fazhi.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed blobs: streamed, hashed, size-limited, kept once, never overwritten. */
class BlobStoreTests {

    @TempDir
    Path root;

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static long fileCount(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anUploadIsHashedAndPlacedUnderItsHash() throws Exception {
        BlobStore blobs = new BlobStore(root);
        byte[] content = Samples.pdf(200_000, 3);
        try (BlobStore.Received r = blobs.receive(new ByteArrayInputStream(content), 1_000_000)) {
            assertThat(r.sha256()).isEqualTo(sha256(content));
            assertThat(r.size()).isEqualTo(content.length);
            assertThat(r.head()).hasSize(BlobStore.HEAD_BYTES);
            assertThat(blobs.place(r)).isTrue();
        }
        Path blob = root.resolve(sha256(content).substring(0, 2)).resolve(sha256(content).substring(2, 4))
                .resolve(sha256(content));
        assertThat(blobs.path(sha256(content))).isEqualTo(blob.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(blob)).isEqualTo(content);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(blob)))
                .isEqualTo("r--r-----");
        assertThat(fileCount(root.resolve("tmp"))).as("temporary file removed").isZero();
    }

    @Test
    void overTheSizeLimitIsRefusedWhileStreamingAndNothingIsKept() throws Exception {
        BlobStore blobs = new BlobStore(root);
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < 10_000_000 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served >= 10_000_000) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served += len;
                return len;
            }
        };
        assertThatThrownBy(() -> blobs.receive(endless, 1024 * 1024)).isInstanceOf(BlobStore.TooLargeException.class);
        assertThat(fileCount(root)).isZero();
        try (BlobStore.Received r = blobs.receive(new ByteArrayInputStream(new byte[1024 * 1024]), 1024 * 1024)) {
            assertThat(r.size()).as("exactly the limit is accepted").isEqualTo(1024 * 1024);
        }
    }

    @Test
    void identicalContentIsKeptOnceAndAnExistingBlobIsNeverOverwritten() throws Exception {
        BlobStore blobs = new BlobStore(root);
        byte[] content = "同一内容".getBytes(StandardCharsets.UTF_8);
        Path blob = blobs.path(sha256(content));
        Files.createDirectories(blob.getParent());
        Files.write(blob, "pre-existing bytes".getBytes(StandardCharsets.UTF_8));
        FileTime before = Files.getLastModifiedTime(blob);
        try (BlobStore.Received r = blobs.receive(new ByteArrayInputStream(content), 1000)) {
            assertThat(blobs.place(r)).isFalse();
        }
        assertThat(Files.readString(blob)).isEqualTo("pre-existing bytes");
        assertThat(Files.getLastModifiedTime(blob)).isEqualTo(before);
        assertThat(fileCount(root)).isOne();
    }

    @Test
    void onlyHashesNameBlobs() {
        BlobStore blobs = new BlobStore(root);
        assertThatThrownBy(() -> blobs.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> blobs.path("AB" + "0".repeat(62))).isInstanceOf(IllegalArgumentException.class);
    }
}
