package org.fazhi.units.internal;

import java.io.IOException;
import java.io.InputStream;
import org.fazhi.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/** Checks an uploaded import file before it is read: present, an .xlsx name, not larger than the limit. */
final class ImportUploads {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private ImportUploads() {
    }

    static InputStream open(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException(413, "too-large", "import.file.too-large", java.util.List.of(),
                    MAX_BYTES / 1024 / 1024);
        }
        String name = file.getOriginalFilename();
        if (name != null && !name.isBlank() && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
        }
        return file.getInputStream();
    }
}
