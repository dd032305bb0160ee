package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.Filing;
import org.fazhi.normdocs.FilingRequest;
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
    void anUnpublishedDocumentHasNoFilingToRecord() {
        on(PUBLISHED);
        NormativeDocument d = draft("未公布备案文件", false);
        refused(() -> as(fx.drafter(), () -> filings.file(d.id(), record(PUBLISHED))), "not-published");
    }
}
