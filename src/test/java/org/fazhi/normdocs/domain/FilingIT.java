package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.normdocs.CorrectionRequest;
import org.fazhi.normdocs.DocumentGuide;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.Filing;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.FilingReviewRequest;
import org.fazhi.normdocs.FilingReviewResult;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Filing (备案): due ND-05 days (30 calendar days, rolled over to the next working day) after
 * publication and tracked in the deadline register; the packet is checked for completeness and a
 * refusal says what is missing; filing on or before the due date is on time, after it late.
 */
@FazhiIT
class FilingIT extends NormdocsTestBase {

    /** 2025-09-05 + 30 days = 2025-10-05, in the National Day holiday (10-01..10-08): due 2025-10-09. */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 5);
    static final LocalDate DUE = LocalDate.of(2025, 10, 9);

    @Autowired
    Deadlines deadlines;

    @Autowired
    DocumentGuide guide;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private FilingRequest record(LocalDate on) {
        return new FilingRequest("示范县人民政府", on, "BA-" + on, null, null);
    }

    @Test
    void theFilingIsDueThirtyDaysAfterPublicationRolledOverPastTheHolidayAndTrackedAsADeadline() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        on(PUBLISHED);
        NormativeDocument d = published("备案期限文件");
        Filing filing = as(fx.drafter(), () -> filings.of(d.id())).orElseThrow();
        assertThat(filing.dueOn()).isEqualTo(DUE);
        assertThat(filing.filedTo()).as("derived from the issuing body (a township government: the county above),"
                + " in Chinese whatever the publisher's language").isEqualTo("示范县人民政府");
        assertThat(filing.filed()).isFalse();
        TrackedDeadline deadline = deadlines.find(filing.deadlineId()).orElseThrow();
        assertThat(deadline.ruleId()).isEqualTo("ND-05");
        assertThat(deadline.dueDate()).isEqualTo(DUE);
        assertThat(deadline.ownerUnitId()).isEqualTo(fx.town());

        on(DUE);
        Filing filed = as(fx.drafter(), () -> filings.file(d.id(), record(DUE)));
        assertThat(filed.onTime()).isTrue();
        assertThat(filed.packetComplete()).isTrue();
        assertThat(filed.receiptNo()).isEqualTo("BA-" + DUE);
        TrackedDeadline met = deadlines.find(filing.deadlineId()).orElseThrow();
        assertThat(met.metOn()).isEqualTo(DUE);
        assertThat(met.late()).isFalse();
        refused(() -> as(fx.drafter(), () -> filings.file(d.id(), record(DUE))), "already-filed");
    }

    @Test
    void aFilingAfterTheDueDateIsLate() {
        on(PUBLISHED);
        NormativeDocument d = published("逾期备案文件");
        on(LocalDate.of(2025, 10, 20));
        invalid(() -> as(fx.drafter(), () -> filings.file(d.id(), record(PUBLISHED.minusDays(1)))), "filedOn",
                "normdocs.filed-on.range");
        invalid(() -> as(fx.drafter(), () -> filings.file(d.id(), record(LocalDate.of(2025, 10, 21)))), "filedOn",
                "normdocs.filed-on.range");
        Filing filed = as(fx.drafter(), () -> filings.file(d.id(), record(DUE.plusDays(1))));
        assertThat(filed.onTime()).isFalse();
        assertThat(deadlines.find(filed.deadlineId()).orElseThrow().late()).isTrue();
    }

    @Test
    void anIncompletePacketIsRefusedWithWhatIsMissingUnlessAcceptedWithAReason() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        on(PUBLISHED);
        NormativeDocument d = as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                "材料不全文件" + fx.tag(), false, "正文", " ", null, "不涉及群众切身利益，对权利义务没有重大影响")));
        lawful(d.id());
        deliberate(d.id());
        register(d.id());
        publish(d.id());
        assertThat(as(fx.drafter(), () -> filings.missingItems(d.id()))).containsExactly("drafting-notes", "basis");

        assertThatThrownBy(() -> as(fx.drafter(), () -> filings.file(d.id(), record(PUBLISHED))))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("packet-incomplete");
                    assertThat(e.args()).containsExactly("起草说明、制定依据");
                });
        invalid(() -> as(fx.drafter(), () -> filings.file(d.id(), new FilingRequest("示范县人民政府", PUBLISHED, null,
                true, " "))), "incompleteReason", "normdocs.reason.required");
        assertThat(as(fx.drafter(), () -> filings.of(d.id())).orElseThrow().filed()).as("nothing stored").isFalse();

        Filing filed = as(fx.drafter(), () -> filings.file(d.id(), new FilingRequest("示范县人民政府", PUBLISHED, null,
                true, "起草说明和制定依据另行补报")));
        assertThat(filed.packetComplete()).isFalse();
        assertThat(filed.missingItems()).isEqualTo("drafting-notes,basis");
        assertThat(filed.onTime()).isTrue();
    }

    @Test
    void aCorrectionTheFilingBodyAsksForIsDueThirtyDaysAfterItsReceiptOnTheBoardAndMetWhenRecorded() {
        on(PUBLISHED);
        NormativeDocument d = published("备案审查纠正文件");
        refused(() -> as(fx.drafter(), () -> filings.recordReview(d.id(), new FilingReviewRequest(
                FilingReviewResult.PASSED, PUBLISHED, null))), "not-filed");
        as(fx.drafter(), () -> filings.file(d.id(), record(PUBLISHED)));
        refused(() -> as(fx.drafter(), () -> filings.recordCorrection(d.id(), new CorrectionRequest(PUBLISHED, "已纠正"))),
                "no-correction-requested");

        // 2026-01-16 + 30 days = 2026-02-15, in the Spring Festival holiday (02-15..02-23): due 2026-02-24
        LocalDate received = LocalDate.of(2026, 1, 16);
        on(received);
        invalid(() -> as(fx.drafter(), () -> filings.recordReview(d.id(), new FilingReviewRequest(
                FilingReviewResult.CORRECTION_REQUESTED, received, " "))), "opinion",
                "normdocs.filing-review.opinion-required");
        invalid(() -> as(fx.drafter(), () -> filings.recordReview(d.id(), new FilingReviewRequest(
                FilingReviewResult.CORRECTION_REQUESTED, received.plusDays(1), "第五条增设许可，请予纠正。"))),
                "receivedOn", "normdocs.filing-review.received-on.range");
        assertThat(as(fx.drafter(), () -> filings.of(d.id())).orElseThrow().reviewResult()).as("nothing stored").isNull();

        Filing asked = as(fx.drafter(), () -> filings.recordReview(d.id(), new FilingReviewRequest(
                FilingReviewResult.CORRECTION_REQUESTED, received, "第五条增设许可，请予纠正。")));
        assertThat(asked.correctionPending()).isTrue();
        assertThat(asked.correctionDueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        TrackedDeadline deadline = deadlines.find(asked.correctionDeadlineId()).orElseThrow();
        assertThat(deadline.ruleId()).isEqualTo("LC-05");
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(deadline.label()).isEqualTo("normdocs.deadline.correction");
        assertThat(deadline.ownerUnitId()).isEqualTo(fx.town());
        assertThat(deadline.metOn()).isNull();
        refused(() -> as(fx.drafter(), () -> filings.recordReview(d.id(), new FilingReviewRequest(
                FilingReviewResult.PASSED, received, null))), "review-recorded");
        assertThat(as(fx.drafter(), () -> guide.of(d.id())).nextKey()).isEqualTo("normdocs.next.correct");

        on(LocalDate.of(2026, 2, 24));
        invalid(() -> as(fx.drafter(), () -> filings.recordCorrection(d.id(), new CorrectionRequest(
                received.minusDays(1), "已删除第五条"))), "correctedOn", "normdocs.correction.corrected-on.range");
        Filing corrected = as(fx.drafter(), () -> filings.recordCorrection(d.id(), new CorrectionRequest(
                LocalDate.of(2026, 2, 24), "已删除第五条并书面报告")));
        assertThat(corrected.correctionPending()).isFalse();
        TrackedDeadline met = deadlines.find(asked.correctionDeadlineId()).orElseThrow();
        assertThat(met.metOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(met.late()).isFalse();
        refused(() -> as(fx.drafter(), () -> filings.recordCorrection(d.id(), new CorrectionRequest(
                LocalDate.of(2026, 2, 24), "再次纠正"))), "no-correction-requested");
    }

    @Test
    void aPassingFilingReviewAsksNothingFurther() {
        on(PUBLISHED);
        NormativeDocument d = published("备案审查通过文件");
        as(fx.drafter(), () -> filings.file(d.id(), record(PUBLISHED)));
        Filing passed = as(fx.drafter(), () -> filings.recordReview(d.id(), new FilingReviewRequest(
                FilingReviewResult.PASSED, PUBLISHED, null)));
        assertThat(passed.correctionPending()).isFalse();
        assertThat(passed.correctionDeadlineId()).isNull();
        assertThat(deadlines.forSubject("normdocs", "filing-correction", String.valueOf(d.id()))).isEmpty();
    }

    @Test
    void anUnpublishedDocumentHasNoFilingToRecord() {
        on(PUBLISHED);
        NormativeDocument d = draft("未公布备案文件", false);
        refused(() -> as(fx.drafter(), () -> filings.file(d.id(), record(PUBLISHED))), "not-published");
    }
}
