package org.fazhi.disclosure;

import java.math.BigDecimal;

/** One cell of Table 二 or 四: its key, value (null while missing), where it comes from and, if entered, the source given. */
public record FigureCell(String key, BigDecimal value, CellSource source, String note) {
}
