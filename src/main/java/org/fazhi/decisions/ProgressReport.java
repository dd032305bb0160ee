package org.fazhi.decisions;

import java.time.Instant;
import java.time.LocalDate;

/** A report on a decision's implementation (执行情况报告), optionally on one milestone, with how far it is. */
public record ProgressReport(Long id, Long decisionId, Long milestoneId, LocalDate reportedOn, int percentDone,
        String report, Long reportedBy, Instant reportedAt) {
}
