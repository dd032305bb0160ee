package org.fazhi.governance.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.files.FileStore;
import org.fazhi.governance.Evidence;
import org.fazhi.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Stores the files handed in with a report in the file store, under the reporting user's unit (so that
 * unit and the units above it read them), in the caller's transaction: a refused file stores nothing.
 */
@Component
public class EvidenceFiles {

    /** At most this many files with one report. */
    public static final int MAX_FILES = 10;

    private final FileStore files;

    EvidenceFiles(FileStore files) {
        this.files = files;
    }

    public List<Long> store(List<Evidence> evidence) {
        List<Evidence> given = evidence == null ? List.of() : evidence.stream().filter(e -> e != null && e.content() != null)
                .toList();
        if (given.size() > MAX_FILES) {
            throw InvalidInputException.field("files", "governance.evidence.too-many", MAX_FILES);
        }
        List<Long> ids = new ArrayList<>();
        for (Evidence e : given) {
            ids.add(files.store(e.content(), e.fileName(), e.contentType(), null).id());
        }
        return ids;
    }
}
