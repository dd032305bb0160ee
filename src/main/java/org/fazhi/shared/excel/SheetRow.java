package org.fazhi.shared.excel;

import java.util.Map;

/** One data row of an imported sheet: its 1-based row number as Excel shows it, and its cells by header. */
public record SheetRow(int number, Map<String, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The trimmed text of a cell, or "" when empty. */
    public String get(String header) {
        return cells.getOrDefault(header, "");
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(String::isBlank);
    }
}
