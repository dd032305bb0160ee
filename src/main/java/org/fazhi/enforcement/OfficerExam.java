package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An enforcement qualification exam taken (执法资格考试): no certificate without a passed one. */
public record OfficerExam(Long id, Long officerId, String examName, LocalDate takenOn, BigDecimal score,
        BigDecimal passMark, boolean passed) {
}
