package org.fazhi.disclosure;

/** Where a cell of Table 二 or 四 comes from: computed by a module, entered by staff with its source, or missing. */
public enum CellSource {
    COMPUTED,
    ENTERED,
    MISSING
}
