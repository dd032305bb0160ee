package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.DueDate;

/** How a deadline's due date came about: the rule's period, then the approved extension if any. */
record DueComputation(LocalDate due, boolean provisional, List<DueDate> parts) {
}
