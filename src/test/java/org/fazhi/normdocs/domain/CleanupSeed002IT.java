package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.normdocs.CleanupCampaign;
import org.fazhi.normdocs.CleanupLine;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicDocument;
import org.fazhi.normdocs.Validity;
import org.fazhi.search.SearchResult;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 002 §(二): "对现行有效的14件行政规范性文件进行了清理，其中继续有效8件、废止6件". A periodic
 * cleanup of a town's 14 documents in force gives 8 继续有效 and 6 废止 with reasons; once it is
 * completed the public catalog and the assessment figures show exactly that, with the records
 * behind each figure.
 */
@FazhiIT
class CleanupSeed002IT extends NormdocsTestBase {

    @Autowired
    Assessment assessment;

    @Test
    void aPeriodicCleanupOfFourteenDocumentsKeepsEightAndRepealsSixEverywhere() {
        on(LocalDate.of(2025, 3, 4));
        List<NormativeDocument> inForce = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            inForce.add(published("乡村治理清理文件第" + i + "号"));
        }
        List<Long> keep = inForce.subList(0, 8).stream().map(NormativeDocument::id).toList();
        List<Long> repeal = inForce.subList(8, 14).stream().map(NormativeDocument::id).toList();

        on(LocalDate.of(2025, 11, 4));
        CleanupCampaign campaign = as(fx.drafter(), () -> cleanups.start(new Cleanups.CampaignRequest(fx.town(),
                "2025年规范性文件常态化清理" + fx.tag(), CleanupCampaign.CampaignKind.PERIODIC, null, null)));
        List<CleanupLine> lines = as(fx.drafter(), () -> cleanups.lines(campaign.id()));
        assertThat(lines).extracting(CleanupLine::documentId)
                .containsExactlyInAnyOrderElementsOf(inForce.stream().map(NormativeDocument::id).toList());

        keep.forEach(id -> as(fx.drafter(), () -> cleanups.verdict(campaign.id(), id, CleanupVerdict.CONTINUE, null)));
        invalid(() -> as(fx.drafter(), () -> cleanups.verdict(campaign.id(), repeal.get(0), CleanupVerdict.REPEAL,
                "  ")), "reason", "normdocs.reason.required");
        for (int i = 0; i < 5; i++) {
            long id = repeal.get(i);
            as(fx.drafter(), () -> cleanups.verdict(campaign.id(), id, CleanupVerdict.REPEAL,
                    "已被新规定取代（清理理由" + id + "）"));
        }
        refused(() -> as(fx.drafter(), () -> cleanups.complete(campaign.id())), "verdicts-missing");
        assertThat(reload(repeal.get(0)).validity()).as("nothing applied yet").isEqualTo(Validity.CURRENT);
        long last = repeal.get(5);
        as(fx.drafter(), () -> cleanups.verdict(campaign.id(), last, CleanupVerdict.REPEAL,
                "已被新规定取代（清理理由" + last + "）"));

        CleanupCampaign done = as(fx.drafter(), () -> cleanups.complete(campaign.id()));
        assertThat(done.completed()).isTrue();
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2025, 11, 4));
        refused(() -> as(fx.drafter(), () -> cleanups.verdict(campaign.id(), keep.get(0), CleanupVerdict.REPEAL,
                "完成后改结论")), "campaign-completed");

        // the public catalog: 8 现行有效, 6 已废止 (search and the document page)
        SearchResult current = catalog.search(null, fx.body().id(), null, Validity.CURRENT, 0, 50);
        SearchResult repealed = catalog.search(null, fx.body().id(), null, Validity.REPEALED, 0, 50);
        assertThat(current.total()).isEqualTo(8);
        assertThat(repealed.total()).isEqualTo(6);
        assertThat(current.hits()).extracting(h -> Long.valueOf(h.id())).containsExactlyInAnyOrderElementsOf(keep);
        assertThat(repealed.hits()).extracting(h -> Long.valueOf(h.id())).containsExactlyInAnyOrderElementsOf(repeal);
        assertThat(catalog.search("乡村治理", fx.body().id(), 2025, Validity.REPEALED, 0, 50).total()).isEqualTo(6);
        for (long id : repeal) {
            PublicDocument p = catalog.document(id);
            assertThat(p.validity()).isEqualTo(Validity.REPEALED);
            assertThat(p.validityChangedOn()).isEqualTo(LocalDate.of(2025, 11, 4));
            assertThat(p.validityReason()).isEqualTo("已被新规定取代（清理理由" + id + "）");
        }
        keep.forEach(id -> assertThat(catalog.document(id).validity()).isEqualTo(Validity.CURRENT));
        // and the staff lists
        assertThat(as(fx.drafter(), () -> documents.list(fx.body().id(), null, null, Validity.REPEALED, null,
                new PageQuery(0, 50))).total()).isEqualTo(6);

        // the assessment figures for the town and 2025, each with its records
        Map<String, BigDecimal> figures = new java.util.HashMap<>();
        as(fx.drafter(), () -> assessment.figures(fx.town(), 2025, "normdocs"))
                .forEach(f -> figures.put(f.metric().id(), f.value().value()));
        assertThat(figures.get("normdocs.consultation-compliance")).as("nothing to measure").isNull();
        assertThat(figures.get("normdocs.cleanup-continue")).isEqualByComparingTo("8");
        assertThat(figures.get("normdocs.cleanup-repeal")).isEqualByComparingTo("6");
        assertThat(figures.get("normdocs.cleanup-amend")).isEqualByComparingTo("0");
        assertThat(figures.get("normdocs.cleanup-declare-invalid")).isEqualByComparingTo("0");
        assertThat(figures.get("normdocs.repealed")).isEqualByComparingTo("6");
        assertThat(figures.get("normdocs.published")).isEqualByComparingTo("14");
        assertThat(figures.get("normdocs.registered")).isEqualByComparingTo("14");
        assertThat(figures.get("normdocs.legality-review-rate")).isEqualByComparingTo("100");

        List<MetricRecord> repealRecords = as(fx.drafter(),
                () -> assessment.records("normdocs.cleanup-repeal", fx.town(), 2025));
        assertThat(repealRecords).hasSize(6).allSatisfy(r -> assertThat(r.note()).startsWith("已被新规定取代"));
        assertThat(repealRecords).extracting(MetricRecord::link).containsExactlyInAnyOrderElementsOf(
                repeal.stream().map(id -> "/console/normdocs/" + id).toList());
        assertThat(as(fx.drafter(), () -> assessment.records("normdocs.cleanup-continue", fx.town(), 2025)))
                .extracting(MetricRecord::link).containsExactlyInAnyOrderElementsOf(
                        keep.stream().map(id -> "/console/normdocs/" + id).toList());
        assertThat(as(fx.drafter(), () -> assessment.records("normdocs.repealed", fx.town(), 2025)))
                .extracting(MetricRecord::link).containsExactlyInAnyOrderElementsOf(
                        repeal.stream().map(id -> "/console/normdocs/" + id).toList());

        // a later campaign cannot bring a repealed document back
        CleanupCampaign special = as(fx.drafter(), () -> cleanups.start(new Cleanups.CampaignRequest(fx.town(),
                "涉企文件专项清理" + fx.tag(), CleanupCampaign.CampaignKind.SPECIAL, "涉企", null)));
        assertThat(as(fx.drafter(), () -> cleanups.lines(special.id()))).extracting(CleanupLine::documentId)
                .containsExactlyInAnyOrderElementsOf(keep);
        invalid(() -> as(fx.drafter(), () -> cleanups.start(new Cleanups.CampaignRequest(fx.town(),
                "含已废止文件的清理" + fx.tag(), CleanupCampaign.CampaignKind.SPECIAL, null, List.of(repeal.get(0))))),
                "documentIds", "normdocs.cleanup.not-in-force");
    }
}
