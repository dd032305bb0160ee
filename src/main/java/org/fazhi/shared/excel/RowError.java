package org.fazhi.shared.excel;

/** What is wrong with one row of an import, in the words the user will read. */
public record RowError(int row, String column, String message) {
}
