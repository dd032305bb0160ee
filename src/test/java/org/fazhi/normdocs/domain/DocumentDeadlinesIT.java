package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every deadline a normative document has is on the 督办台 in words: the review limit, publication
 * within 20 working days of registration (GI-05), filing (ND-05), and the evaluation due before the
 * validity ends once the document comes within the notice period (LC-04); each is met when done.
 */
@FazhiIT
class DocumentDeadlinesIT extends NormdocsTestBase {

    @Autowired
    Deadlines deadlines;

    @Test
    void reviewPublicationFilingAndExpiryAreOnTheBoardInWordsAndMetWhenDone() {
        on(LocalDate.of(2026, 3, 2));
        NormativeDocument d = draft("期限上督办台文件", false);
        LegalityReview review = submit(d.id());
        assertThat(deadline(d.id(), "review", "review-request", review.id())).satisfies(t -> {
            assertThat(t.label()).isEqualTo("review.deadline.review");
            assertThat(t.status()).isEqualTo(DeadlineStatus.OPEN);
        });
        conclude(review.id(), org.fazhi.review.ReviewOutcome.LAWFUL, List.of());
        deliberate(d.id());
        register(d.id());
        TrackedDeadline publication = deadline(d.id(), "normdocs", "publication", d.id());
        assertThat(publication.label()).isEqualTo("normdocs.deadline.publication");
        assertThat(publication.ruleId()).isEqualTo("GI-05");
        assertThat(publication.dueDate()).as("20 working days after 2026-03-02").isEqualTo(LocalDate.of(2026, 3, 30));

        on(LocalDate.of(2026, 3, 9));
        NormativeDocument published = as(fx.drafter(), () -> documents.publish(d.id(),
                new PublicationRequest(today(), today(), 1, null)));
        assertThat(deadline(d.id(), "normdocs", "publication", d.id()).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(deadline(d.id(), "normdocs", "document-filing", d.id()).label())
                .isEqualTo("normdocs.deadline.filing");

        // a year's validity ends 2027-03-08; within the notice period before it, the evaluation is due
        assertThat(published.expiryDate()).isEqualTo(LocalDate.of(2027, 3, 8));
        on(LocalDate.of(2027, 1, 4));
        cleanups.registerNearExpiry();
        TrackedDeadline expiry = deadline(d.id(), "normdocs", NormativeDocument.SUBJECT.name(), d.id());
        assertThat(expiry.label()).isEqualTo("normdocs.deadline.expiry");
        assertThat(expiry.dueDate()).isEqualTo(LocalDate.of(2027, 3, 8));
        cleanups.registerNearExpiry();
        assertThat(deadlines.forSubject("normdocs", NormativeDocument.SUBJECT.name(), String.valueOf(d.id())))
                .as("registered once").hasSize(1);

        as(fx.drafter(), () -> cleanups.evaluate(d.id(), new Cleanups.EvaluationRequest(today(), "评估组",
                "实施效果良好，建议继续有效。", CleanupVerdict.CONTINUE, null)));
        assertThat(deadline(d.id(), "normdocs", NormativeDocument.SUBJECT.name(), d.id()).status())
                .isEqualTo(DeadlineStatus.MET);
    }

    private TrackedDeadline deadline(long documentId, String module, String type, Object subjectId) {
        return deadlines.forSubject(module, type, String.valueOf(subjectId)).stream()
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type + " deadline for " + documentId));
    }
}
