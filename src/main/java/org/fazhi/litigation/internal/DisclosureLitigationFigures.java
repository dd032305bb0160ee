package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.disclosure.DisclosureRemedyFigures;
import org.fazhi.disclosure.RemedyOutcome;
import org.fazhi.disclosure.RemedyRoute;
import org.fazhi.litigation.FilingBasis;
import org.fazhi.litigation.JudgmentOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two 行政诉讼 groups of Table 四 of the disclosure annual report, from this module's suits: suits about
 * 政府信息公开 (marked on the suit form) against the unit as defendant, first instances filed in the year —
 * 未经复议直接起诉 or 复议后起诉 by how the plaintiff came to court — each by where the suit stood at the year's
 * end, following its appeal: 维持 (the claims dismissed, or an appeal dismissed over a first instance the unit
 * won, or a reversal of one it lost), 纠正 (a judgment the unit lost: 撤销, 履行, 给付, 确认违法, 确认无效, 变更, or one
 * of those upheld on appeal), 其他 (ended otherwise: withdrawn, the suit dismissed, mediated, remanded) and 尚未审结
 * (no judgment in effect by 31 December).
 */
@Component
class DisclosureLitigationFigures implements DisclosureRemedyFigures {

    private final JdbcClient jdbc;

    DisclosureLitigationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<RemedyRoute> routes() {
        return EnumSet.of(RemedyRoute.DIRECT_SUIT, RemedyRoute.SUIT_AFTER_RECONSIDERATION);
    }

    private record Instance(long id, Long previousId, FilingBasis basis, JudgmentOutcome outcome, LocalDate effectiveOn,
            LocalDate filedOn) {
    }

    @Override
    public Map<RemedyRoute, Map<RemedyOutcome, Long>> figures(long unitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Instance> all = jdbc.sql("select id, previous_case_id, filing_basis, outcome, effective_on, filed_on"
                + " from litigation_case where unit_id = :unit and disclosure_subject = true and filed_on <= :last")
                .param("unit", unitId).param("last", last)
                .query((rs, n) -> new Instance(rs.getLong("id"), (Long) rs.getObject("previous_case_id", Long.class),
                        FilingBasis.valueOf(rs.getString("filing_basis")),
                        rs.getString("outcome") == null ? null : JudgmentOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("effective_on", LocalDate.class), rs.getObject("filed_on", LocalDate.class)))
                .list();
        Map<Long, Instance> next = new HashMap<>();
        for (Instance i : all) {
            if (i.previousId() != null) {
                next.put(i.previousId(), i);
            }
        }
        Map<RemedyRoute, Map<RemedyOutcome, Long>> out = new EnumMap<>(RemedyRoute.class);
        for (RemedyRoute route : routes()) {
            Map<RemedyOutcome, Long> counts = new EnumMap<>(RemedyOutcome.class);
            for (RemedyOutcome o : RemedyOutcome.values()) {
                counts.put(o, 0L);
            }
            out.put(route, counts);
        }
        for (Instance suit : all) {
            if (suit.previousId() != null || suit.filedOn().isBefore(first)) {
                continue;
            }
            RemedyRoute route = suit.basis() == FilingBasis.AFTER_RECONSIDERATION
                    ? RemedyRoute.SUIT_AFTER_RECONSIDERATION : RemedyRoute.DIRECT_SUIT;
            out.get(route).merge(outcome(suit, next, last), 1L, Long::sum);
        }
        return out;
    }

    /** Where the suit stood at {@code last}: the last instance in effect by then decides. */
    private static RemedyOutcome outcome(Instance suit, Map<Long, Instance> next, LocalDate last) {
        Instance previous = null;
        Instance at = suit;
        while (next.containsKey(at.id()) && !next.get(at.id()).filedOn().isAfter(last)) {
            previous = at;
            at = next.get(at.id());
        }
        if (at.outcome() == null || at.effectiveOn() == null || at.effectiveOn().isAfter(last)) {
            return RemedyOutcome.PENDING;
        }
        JudgmentOutcome o = at.outcome();
        if (o.lost()) {
            return RemedyOutcome.CORRECTED;
        }
        if (o == JudgmentOutcome.CLAIMS_DISMISSED) {
            return RemedyOutcome.UPHELD;
        }
        boolean lostBelow = previous != null && previous.outcome() != null && previous.outcome().lost();
        if (o == JudgmentOutcome.APPEAL_DISMISSED) {
            return previous == null || previous.outcome() == null ? RemedyOutcome.OTHER
                    : lostBelow ? RemedyOutcome.CORRECTED
                    : previous.outcome() == JudgmentOutcome.CLAIMS_DISMISSED ? RemedyOutcome.UPHELD : RemedyOutcome.OTHER;
        }
        if (o == JudgmentOutcome.REVERSED) {
            return lostBelow ? RemedyOutcome.UPHELD : RemedyOutcome.CORRECTED;
        }
        return RemedyOutcome.OTHER;
    }
}
