package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An evaluated case file: the template, who evaluated it when, the score per criterion, total and result. */
public record CaseFileEvaluation(Long id, Long caseId, Long templateId, LocalDate evaluatedOn, String evaluator,
        BigDecimal total, boolean passed, String remarks, List<Score> scores) {

    public CaseFileEvaluation {
        scores = List.copyOf(scores);
    }

    public record Score(Long criterionId, BigDecimal points, String note) {
    }
}
