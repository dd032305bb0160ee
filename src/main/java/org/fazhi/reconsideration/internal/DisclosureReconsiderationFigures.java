package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fazhi.disclosure.DisclosureRemedyFigures;
import org.fazhi.disclosure.RemedyOutcome;
import org.fazhi.disclosure.RemedyRoute;
import org.fazhi.reconsideration.ActType;
import org.fazhi.reconsideration.DecisionOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 行政复议 group of Table 四 of the disclosure annual report, from this module's cases: applications about
 * 政府信息公开 ({@link ActType#INFORMATION_DISCLOSURE}) against the unit as respondent, accepted in the year, by
 * where they stood at the year's end — 维持 (upheld, or the claim rejected), 纠正 (a decision that corrects the
 * act), 其他 (ended otherwise: mediation, settlement, termination, withdrawal, the application rejected) and
 * 尚未审结 (not ended by 31 December).
 */
@Component
class DisclosureReconsiderationFigures implements DisclosureRemedyFigures {

    @Override
    public Set<RemedyRoute> routes() {
        return EnumSet.of(RemedyRoute.RECONSIDERATION);
    }

    private final JdbcClient jdbc;

    DisclosureReconsiderationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<RemedyRoute, Map<RemedyOutcome, Long>> figures(long unitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<RemedyOutcome, Long> counts = new EnumMap<>(RemedyOutcome.class);
        for (RemedyOutcome o : RemedyOutcome.values()) {
            counts.put(o, 0L);
        }
        jdbc.sql("select status, outcome, decided_on, resolution_on, terminated_on, withdrawn_on, closed_on"
                + " from reconsideration_case where respondent_unit_id = :unit and act_type = :act"
                + " and accepted_on between :first and :last").param("unit", unitId)
                .param("act", ActType.INFORMATION_DISCLOSURE.name()).param("first", first).param("last", last)
                .query((rs, n) -> {
                    LocalDate ended = firstOf(rs.getDate("decided_on"), rs.getDate("resolution_on"),
                            rs.getDate("terminated_on"), rs.getDate("withdrawn_on"), rs.getDate("closed_on"));
                    String outcome = rs.getString("outcome");
                    RemedyOutcome o;
                    if (ended == null || ended.isAfter(last)) {
                        o = RemedyOutcome.PENDING;
                    } else if (outcome == null) {
                        o = RemedyOutcome.OTHER;
                    } else {
                        DecisionOutcome d = DecisionOutcome.valueOf(outcome);
                        o = d == DecisionOutcome.UPHELD || d == DecisionOutcome.CLAIM_REJECTED ? RemedyOutcome.UPHELD
                                : d.corrects() ? RemedyOutcome.CORRECTED : RemedyOutcome.OTHER;
                    }
                    counts.merge(o, 1L, Long::sum);
                    return o;
                }).list();
        return Map.of(RemedyRoute.RECONSIDERATION, counts);
    }

    private static LocalDate firstOf(java.sql.Date... dates) {
        for (java.sql.Date d : dates) {
            if (d != null) {
                return d.toLocalDate();
            }
        }
        return null;
    }
}
