package org.fazhi.enforcement;

import java.math.BigDecimal;

/** One figure of the annual statistics: the kind of action (null: all kinds), what is counted, the number. */
public record StatisticsFigure(ActionKind kind, String measure, BigDecimal amount) {
}
