package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PostEvaluation;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.Validity;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * A document's validity period ends: it is flagged for evaluation LC-04 months before (6), and the
 * day after its expiry date the daily job turns it 已失效, which the catalog shows at once.
 */
@FazhiIT
class ExpiryIT extends NormdocsTestBase {

    @Test
    void aDocumentIsFlaggedSixMonthsBeforeExpiryAndLapsesTheDayAfter() {
        on(LocalDate.of(2025, 1, 6));
        NormativeDocument d = draft("一年有效期文件", false);
        lawful(d.id());
        deliberate(d.id());
        register(d.id());
        NormativeDocument p = as(fx.drafter(), () -> documents.publish(d.id(),
                new PublicationRequest(today(), today(), 1, null)));
        assertThat(p.expiryDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        NormativeDocument longer = published("五年有效期文件");

        on(LocalDate.of(2025, 7, 4));
        assertThat(as(fx.drafter(), () -> cleanups.nearExpiry())).extracting(NormativeDocument::id)
                .doesNotContain(d.id());
        on(LocalDate.of(2025, 7, 5));
        assertThat(as(fx.drafter(), () -> cleanups.nearExpiry())).extracting(NormativeDocument::id)
                .contains(d.id()).doesNotContain(longer.id());
        assertThat(as("xishan", () -> cleanups.nearExpiry())).extracting(NormativeDocument::id).doesNotContain(d.id());

        PostEvaluation evaluation = as(fx.drafter(), () -> cleanups.evaluate(d.id(), new Cleanups.EvaluationRequest(
                today(), "镇司法所", "实施效果良好，建议到期后重新制定。", CleanupVerdict.CONTINUE, null)));
        assertThat(as(fx.drafter(), () -> cleanups.evaluations(d.id()))).containsExactly(evaluation);

        on(LocalDate.of(2026, 1, 5));
        cleanups.expireLapsed();
        assertThat(reload(d.id()).validity()).as("in force on its last day").isEqualTo(Validity.CURRENT);

        on(LocalDate.of(2026, 1, 6));
        cleanups.expireLapsed();
        NormativeDocument lapsed = reload(d.id());
        assertThat(lapsed.validity()).isEqualTo(Validity.EXPIRED);
        assertThat(lapsed.validityChangedOn()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(reload(longer.id()).validity()).isEqualTo(Validity.CURRENT);
        assertThat(catalog.document(d.id()).validity()).isEqualTo(Validity.EXPIRED);
        assertThat(catalog.search(null, fx.body().id(), null, Validity.CURRENT, 0, 50).hits())
                .extracting(h -> Long.valueOf(h.id())).contains(longer.id()).doesNotContain(d.id());
        assertThat(catalog.search(null, fx.body().id(), null, Validity.EXPIRED, 0, 50).hits())
                .extracting(h -> Long.valueOf(h.id())).containsExactly(d.id());
        assertThat(as(fx.drafter(), () -> cleanups.nearExpiry())).extracting(NormativeDocument::id)
                .doesNotContain(d.id());
        assertThat(auditActions(d.id())).endsWith("validity");
        refused(() -> as(fx.drafter(), () -> cleanups.repeal(d.id(), "已失效文件再废止")), "not-in-force");
    }

    @Test
    void aDocumentRepealedOnItsOwnLeavesTheCatalogsCurrentList() {
        on(LocalDate.of(2025, 4, 1));
        NormativeDocument d = published("单独废止文件");
        invalid(() -> as(fx.drafter(), () -> cleanups.repeal(d.id(), " ")), "reason", "normdocs.reason.required");
        NormativeDocument repealed = as(fx.drafter(), () -> cleanups.repeal(d.id(), "被新文件替代"));
        assertThat(repealed.validity()).isEqualTo(Validity.REPEALED);
        assertThat(catalog.document(d.id()).validityReason()).isEqualTo("被新文件替代");
        assertThat(catalog.search(null, fx.body().id(), null, Validity.CURRENT, 0, 50).hits())
                .extracting(h -> Long.valueOf(h.id())).doesNotContain(d.id());
    }
}
