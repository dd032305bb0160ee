package org.fazhi.shared.excel;

import java.util.List;

/**
 * The outcome of a spreadsheet import. Imports are all-or-nothing: when {@code errors} is not
 * empty, {@code imported} is 0 and nothing was stored.
 */
public record ImportReport(int rows, int imported, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public static ImportReport failed(int rows, List<RowError> errors) {
        return new ImportReport(rows, 0, errors);
    }

    public static ImportReport succeeded(int rows) {
        return new ImportReport(rows, rows, List.of());
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
