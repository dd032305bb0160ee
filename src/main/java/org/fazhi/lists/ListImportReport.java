package org.fazhi.lists;

import java.util.List;
import org.fazhi.shared.excel.RowError;

/**
 * The outcome of a list import: how many rows the sheet had and, when every row was right, the version
 * it went into and what changed against that version's content before (an unchanged sheet changes
 * nothing); otherwise every problem by row and column, and nothing was stored.
 */
public record ListImportReport(int rows, Long versionId, int added, int changed, int removed, int unchanged,
        List<RowError> errors) {

    public ListImportReport {
        errors = List.copyOf(errors);
    }

    public static ListImportReport failed(int rows, List<RowError> errors) {
        return new ListImportReport(rows, null, 0, 0, 0, 0, errors);
    }

    public static ListImportReport succeeded(int rows, long versionId, int added, int changed, int removed,
            int unchanged) {
        return new ListImportReport(rows, versionId, added, changed, removed, unchanged, List.of());
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Whether the import changed nothing (the same content again). */
    public boolean unchangedContent() {
        return ok() && added == 0 && changed == 0 && removed == 0;
    }
}
