package org.fazhi.enforcement;

import java.util.List;
import org.fazhi.shared.excel.RowError;

/**
 * The outcome of a case import: the rows read, the cases stored, the rows skipped because the same
 * source and external id were imported before, and — when anything is wrong — the errors by row (the
 * first {@link #MAX_LISTED}; {@code errorCount} counts them all) and nothing stored.
 */
public record CaseImportReport(long rows, long imported, long skipped, long errorCount, List<RowError> errors,
        String sha256) {

    public static final int MAX_LISTED = 1000;

    public CaseImportReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errorCount == 0;
    }
}
