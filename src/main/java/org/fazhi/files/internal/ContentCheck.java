package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Does the content match what its extension claims? Each type is recognised by its magic bytes;
 * containers are opened and checked too (SECURITY.md UPL-01): ZIP-based documents must have the
 * parts of their format, stay within the entry-count, expanded-size and compression-ratio limits
 * (zip bombs), carry no macros and no entry names that climb out of the archive; legacy Office
 * files must have their main stream and no macros; text must have no zero bytes.
 */
final class ContentCheck {

    /** Why the content was refused; the message key names the reason. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** Limits on ZIP containers. */
    record ZipLimits(int maxEntries, long maxExpandedBytes, int maxRatio) {
    }

    static final String MISMATCH = "files.type.mismatch";
    static final String UNSAFE_ARCHIVE = "files.archive.unsafe";
    static final String MACROS = "files.macros";

    private static final long RATIO_FLOOR = 1024 * 1024;

    private ContentCheck() {
    }

    static void check(FileType type, BlobStore.Received r, ZipLimits limits) throws Refused {
        byte[] h = r.head();
        switch (type.kind()) {
            case PDF -> require(indexOf(h, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0);
            case TEXT -> require(!r.hasZeroByte() && !startsWith(h, 0, "MZ") && !startsWith(h, 0, "\u007fELF"));
            case MAGIC -> require(magic(type, h));
            case ZIP -> {
                require(startsWith(h, 0, "PK\u0003\u0004"));
                zip(type, r.temp(), limits);
            }
            case OLE2 -> {
                require(startsWith(h, 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                        (byte) 0xB1, 0x1A, (byte) 0xE1}));
                ole2(type, r.temp());
            }
            default -> throw new Refused(MISMATCH);
        }
    }

    private static boolean magic(FileType type, byte[] h) {
        return switch (type) {
            case JPEG -> startsWith(h, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case PNG -> startsWith(h, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case GIF -> startsWith(h, 0, "GIF87a") || startsWith(h, 0, "GIF89a");
            case WEBP -> startsWith(h, 0, "RIFF") && startsWith(h, 8, "WEBP");
            case WAV -> startsWith(h, 0, "RIFF") && startsWith(h, 8, "WAVE");
            case MP3 -> startsWith(h, 0, "ID3")
                    || (h.length > 1 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0 && (h[1] & 0x06) != 0);
            case MP4, M4A -> startsWith(h, 4, "ftyp");
            case MOV -> startsWith(h, 4, "ftyp") || startsWith(h, 4, "moov") || startsWith(h, 4, "mdat")
                    || startsWith(h, 4, "wide") || startsWith(h, 4, "free") || startsWith(h, 4, "skip");
            default -> false;
        };
    }

    private static void zip(FileType type, Path file, ZipLimits limits) throws Refused {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long expanded = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new Refused(UNSAFE_ARCHIVE);
                }
                String name = e.getName();
                if (name.startsWith("/") || name.startsWith("\\") || name.contains("../") || name.contains("..\\")
                        || name.indexOf(':') >= 0) {
                    throw new Refused(UNSAFE_ARCHIVE);
                }
                long size = e.getSize();
                long compressed = e.getCompressedSize();
                if (size < 0) {
                    throw new Refused(UNSAFE_ARCHIVE);
                }
                expanded += size;
                if (expanded > limits.maxExpandedBytes()
                        || (size > RATIO_FLOOR && compressed > 0 && size / compressed > limits.maxRatio())) {
                    throw new Refused(UNSAFE_ARCHIVE);
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (type != FileType.ZIP && lower.endsWith("vbaproject.bin")) {
                    throw new Refused(MACROS);
                }
                names.add(name);
            }
            switch (type) {
                case DOCX -> require(names.contains("[Content_Types].xml") && names.contains("word/document.xml"));
                case XLSX -> require(names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml"));
                case OFD -> require(names.contains("OFD.xml"));
                case ODT -> require(odtMimetype(zip));
                default -> {
                    // a plain archive: any content within the limits
                }
            }
        } catch (IOException e) {
            throw new Refused(MISMATCH);
        }
    }

    private static boolean odtMimetype(ZipFile zip) throws IOException {
        ZipEntry e = zip.getEntry("mimetype");
        if (e == null || e.getSize() > 100) {
            return false;
        }
        try (InputStream in = zip.getInputStream(e)) {
            String text = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
            return FileType.ODT.contentType().equals(text);
        }
    }

    private static void ole2(FileType type, Path file) throws Refused {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
                throw new Refused(MACROS);
            }
            require(type == FileType.DOC ? root.hasEntry("WordDocument")
                    : root.hasEntry("Workbook") || root.hasEntry("Book"));
        } catch (IOException | RuntimeException e) {
            throw new Refused(MISMATCH);
        }
    }

    private static void require(boolean ok) throws Refused {
        if (!ok) {
            throw new Refused(MISMATCH);
        }
    }

    private static boolean startsWith(byte[] data, int offset, String ascii) {
        return startsWith(data, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle, int within) {
        int last = Math.min(data.length - needle.length, within);
        for (int i = 0; i <= last; i++) {
            if (startsWith(data, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
