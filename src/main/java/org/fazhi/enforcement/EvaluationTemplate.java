package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.util.List;

/** A scoring template for case-file evaluation (案卷评查) of one agency and year, with its criteria. */
public record EvaluationTemplate(Long id, Long agencyId, int year, String name, BigDecimal passMark,
        List<Criterion> criteria) {

    public EvaluationTemplate {
        criteria = List.copyOf(criteria);
    }

    /** One criterion and the most points it can give. */
    public record Criterion(Long id, int seqNo, String description, BigDecimal maxPoints) {
    }

    public BigDecimal maxTotal() {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
