package org.fazhi.lists.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.fazhi.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/** A list sheet as uploaded: present, an .xlsx, within the limit (a list of thousands of items fits). */
final class ListUploads {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private ListUploads() {
    }

    static InputStream open(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException(413, "too-large", "import.file.too-large", List.of(),
                    MAX_BYTES / 1024 / 1024);
        }
        String name = file.getOriginalFilename();
        if (name != null && !name.isBlank() && !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException("import-unreadable", "problem.import.unreadable");
        }
        return file.getInputStream();
    }
}
