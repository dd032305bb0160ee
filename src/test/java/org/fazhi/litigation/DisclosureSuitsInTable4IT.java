package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.DisclosureRemedyFigures;
import org.fazhi.disclosure.RemedyOutcome;
import org.fazhi.disclosure.RemedyRoute;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GI-07 Table 四, the two 行政诉讼 groups: each cell is a count of the unit's suits marked as about 政府信息公开, by
 * how the plaintiff came to court and where the suit stood at the year's end; a suit not about disclosure is
 * not counted; change one suit (its judgment takes effect) and the cells change.
 */
@FazhiIT
class DisclosureSuitsInTable4IT extends LitigationTestBase {

    @Autowired
    List<DisclosureRemedyFigures> figures;

    private Map<RemedyRoute, Map<RemedyOutcome, Long>> table4(int year) {
        DisclosureRemedyFigures litigation = figures.stream()
                .filter(f -> f.routes().contains(RemedyRoute.DIRECT_SUIT)).findFirst().orElseThrow();
        assertThat(litigation.routes()).contains(RemedyRoute.SUIT_AFTER_RECONSIDERATION);
        return litigation.figures(fx.agency(), year);
    }

    private LitigationCase disclosureSuit(LocalDate on, FilingBasis basis) {
        on(on);
        LitigationRequest d = direct(fx.agency(), on, on.minusMonths(1), on);
        return handler(() -> cases.file(new LitigationRequest(d.unitId(), d.stage(), null, d.court(), d.caseNo(),
                "政府信息公开", d.plaintiff(), d.plaintiffType(), "政府信息公开申请答复", basis, d.actDate(),
                d.knowledgeDate(), true, null, basis == FilingBasis.AFTER_RECONSIDERATION ? on.minusDays(5) : null,
                null, false, false, on, on, false, true)));
    }

    @Test
    void table4SuitCellsAreCountsOfTheDisclosureSuitsByRouteAndOutcome() {
        LitigationCase upheld = disclosureSuit(d("2025-03-03"), FilingBasis.DIRECT);
        LitigationCase pending = disclosureSuit(d("2025-04-01"), FilingBasis.DIRECT);
        LitigationCase afterReconsideration = disclosureSuit(d("2025-05-06"), FilingBasis.AFTER_RECONSIDERATION);
        sue(d("2025-05-07"));
        assertThat(reload(upheld.id()).disclosureSubject()).isTrue();

        defend(upheld.id(), d("2025-03-10"));
        judge(upheld.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.CLAIMS_DISMISSED, d("2025-06-02"), false);
        on(d("2025-07-01"));
        handler(() -> cases.becomeEffective(upheld.id(), new EffectRequest(d("2025-06-20"), null)));

        Map<RemedyRoute, Map<RemedyOutcome, Long>> t = table4(2025);
        assertThat(t.get(RemedyRoute.DIRECT_SUIT)).containsEntry(RemedyOutcome.UPHELD, 1L)
                .containsEntry(RemedyOutcome.PENDING, 1L).containsEntry(RemedyOutcome.CORRECTED, 0L)
                .containsEntry(RemedyOutcome.OTHER, 0L);
        assertThat(t.get(RemedyRoute.SUIT_AFTER_RECONSIDERATION)).containsEntry(RemedyOutcome.PENDING, 1L)
                .containsEntry(RemedyOutcome.UPHELD, 0L);
        assertThat(table4(2024).get(RemedyRoute.DIRECT_SUIT).values()).containsOnly(0L);

        // change one suit: the pending one is lost and the judgment takes effect in the year → 纠正
        defend(pending.id(), d("2025-04-08"));
        judge(pending.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-09-01"), false);
        on(d("2025-10-09"));
        handler(() -> cases.becomeEffective(pending.id(), new EffectRequest(d("2025-09-17"), null)));
        Map<RemedyOutcome, Long> after = table4(2025).get(RemedyRoute.DIRECT_SUIT);
        assertThat(after).containsEntry(RemedyOutcome.CORRECTED, 1L).containsEntry(RemedyOutcome.PENDING, 0L)
                .containsEntry(RemedyOutcome.UPHELD, 1L);
        assertThat(afterReconsideration.filingBasis()).isEqualTo(FilingBasis.AFTER_RECONSIDERATION);
    }
}
