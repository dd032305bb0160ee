package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.Filing;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.normdocs.Validity;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.search.SearchResult;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * A document that affects rights and duties goes the whole way: public consultation with a comment
 * from the portal, legality review, collective deliberation, registration (三统一) and publication;
 * it then appears in the public catalog, its filing duty is open, and every step left an entry in
 * the audit log.
 */
@FazhiIT
class DocumentLifecycleIT extends NormdocsTestBase {

    @Test
    void aDraftAffectingRightsGoesFromConsultationToPublicationAndEveryStepIsAudited() {
        on(LocalDate.of(2025, 9, 1));
        NormativeDocument d = draft("农村宅基地审批管理办法", true);
        assertThat(d.status()).isEqualTo(DocumentStatus.DRAFTING);
        assertThat(d.currentVersionNo()).isEqualTo(1);

        // 2025-09-01 (Mon) + 7 working days = 2025-09-10 (Wed)
        PublicConsultation c = as(fx.drafter(), () -> consultations.open(d.id(), LocalDate.of(2025, 9, 12)));
        assertThat(c.earliestClose()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.CONSULTING);
        PublicComment comment = consultations.comment(c.id(),
                new CommentRequest("王五", "13800138000", null, "建议明确审批时限。"));
        assertThat(comment.receiptNo()).startsWith("YJ20250901-");

        on(LocalDate.of(2025, 9, 11));
        as(fx.drafter(), () -> consultations.close(d.id()));
        as(fx.drafter(), () -> consultations.dispose(comment.id(), new DispositionRequest(Disposition.ADOPTED, null)));
        assertThat(as(fx.drafter(), () -> consultations.summary(d.id())).adopted()).isEqualTo(1);

        LegalityReview review = submit(d.id());
        assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(review.subject().versionId()).isEqualTo(d.currentVersionId());
        assertThat(review.deskUnitId()).isEqualTo(fx.townDesk());
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.REVIEWING);

        on(LocalDate.of(2025, 9, 18));
        as(fx.reviewer(), () -> reviews.conclude(review.id(), new org.fazhi.review.ConclusionRequest(ReviewOutcome.LAWFUL,
                "合法。", List.of(), null)));
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.REVIEWED);

        on(LocalDate.of(2025, 9, 18));
        deliberate(d.id());
        NormativeDocument registered = register(d.id());
        assertThat(registered.registrationNumber()).isEqualTo(fx.officePrefix() + "202500001");
        assertThat(registered.registeredOn()).isEqualTo(LocalDate.of(2025, 9, 18));

        on(LocalDate.of(2025, 9, 19));
        NormativeDocument published = publish(d.id());
        assertThat(published.status()).isEqualTo(DocumentStatus.PUBLISHED);
        assertThat(published.validity()).isEqualTo(Validity.CURRENT);
        assertThat(published.validityYears()).isEqualTo(5);
        assertThat(published.expiryDate()).isEqualTo(LocalDate.of(2030, 9, 18));

        // ND-05: 30 days from 2025-09-19 is Sunday 2025-10-19, which rolls over to Monday 2025-10-20
        Filing filing = as(fx.drafter(), () -> filings.of(d.id())).orElseThrow();
        assertThat(filing.dueOn()).isEqualTo(LocalDate.of(2025, 10, 20));

        SearchResult found = catalog.search("宅基地", fx.body().id(), 2025, Validity.CURRENT, 0, 10);
        assertThat(found.hits()).extracting(h -> h.id()).containsExactly(String.valueOf(d.id()));
        assertThat(catalog.document(d.id()).registrationNumber()).isEqualTo(registered.registrationNumber());

        List<String> actions = jdbc.sql("select action from audit_event where entity_type = 'normative-document'"
                + " and entity_id = ? order by seq").param(String.valueOf(d.id())).query(String.class).list();
        assertThat(actions).containsExactly("create", "open-consultation", "close-consultation",
                "submit-for-review", "review-concluded", "deliberate", "register", "publish");
    }
}
