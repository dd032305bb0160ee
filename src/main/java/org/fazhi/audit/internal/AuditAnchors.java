package org.fazhi.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain's head written outside the database at intervals (SECURITY.md AUD-03, DI-02): one line
 * per anchor, {@code chainSeq eventSeq mac time}, appended and synced to the anchor file and also
 * logged (logger {@code fazhi.audit.anchor}) so that it can be shipped to separate storage. Someone
 * who rewrites the chain in the database, even with the key, cannot rewrite what was anchored
 * before: verification checks every anchor against the chain, and a chain shorter than its last
 * anchor was truncated. Mark the file append-only ({@code chattr +a}) where the file system allows.
 */
final class AuditAnchors {

    /** One anchored head. */
    record Anchor(long chainSeq, long eventSeq, String mac, Instant at) {
    }

    /** The anchors, and the first line that could not be read (null if none). */
    record Read(List<Anchor> anchors, Integer badLine) {
    }

    private static final Logger anchorLog = LoggerFactory.getLogger("fazhi.audit.anchor");

    private final Path file;

    AuditAnchors(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void append(Anchor a) {
        String line = a.chainSeq() + " " + a.eventSeq() + " " + a.mac() + " " + a.at() + "\n";
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit anchor file " + file, e);
        }
        anchorLog.info("audit chain anchor chainSeq={} eventSeq={} mac={} at={}", a.chainSeq(), a.eventSeq(), a.mac(),
                a.at());
    }

    synchronized Read read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor file " + file, e);
        }
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ");
            try {
                if (f.length != 4 || !f[2].matches("[0-9a-f]{64}")) {
                    return new Read(anchors, i + 1);
                }
                anchors.add(new Anchor(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], Instant.parse(f[3])));
            } catch (NumberFormatException | DateTimeParseException e) {
                return new Read(anchors, i + 1);
            }
        }
        return new Read(anchors, null);
    }
}
