package org.fazhi.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The handling clocks of tickets on the official calendar (holidays and 调休 working days): the local periods by
 * type (TK-01…03, never called 法定) and the petition's 60 days (PT-02) rolling over a holiday; pauses only where
 * TK-05 allows them, and a paused ticket never overdue; re-handling once on dissatisfaction with a new clock
 * (TK-04); transfer with a new clock for the new unit; 督办 only when overdue; the complainant's identity
 * encrypted at rest, masked, and revealed only with a reason.
 */
@FazhiIT
class TicketClocksIT extends TicketsTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void complaintPeriodCountsTenWorkingDaysAcrossNationalDayAndItsMakeUpSaturday() {
        on("2026-09-28");
        Ticket t = assigned(TicketType.COMPLAINT, "国庆前的投诉");
        // Sep 29–30, Oct 1–7 off, Oct 8–9, Sat Oct 10 (调休), Oct 12–16: the 10th working day
        assertThat(clockOf(t.id()).dueDate()).isEqualTo(d("2026-10-16"));
        assertThat(clockOf(t.id()).ruleId()).isEqualTo("TK-01");
        assertThat(clockOf(t.id()).label()).isEqualTo("tickets.deadline.handling");
        assertThat(t.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(t.unitId()).isEqualTo(fx.dept());
    }

    @Test
    void helpPeriodCountsTheSpringFestivalMakeUpSaturdayAndSkipsTheHoliday() {
        on("2026-02-12");
        Ticket t = assigned(TicketType.HELP, "春节前的求助");
        // Fri Feb 13, Sat Feb 14 (调休), Feb 15–23 off, Tue Feb 24: the 3rd working day
        assertThat(clockOf(t.id()).dueDate()).isEqualTo(d("2026-02-24"));
        assertThat(clockOf(t.id()).ruleId()).isEqualTo("TK-02");
    }

    @Test
    void petitionPeriodOfSixtyDaysEndingInTheNationalDayHolidayRollsToTheNextWorkingDay() {
        on("2026-08-03");
        Ticket t = assigned(TicketType.PETITION, "信访事项");
        // 3 August + 60 days = 2 October, in the 国庆 holiday: the first working day after it
        assertThat(clockOf(t.id()).dueDate()).isEqualTo(d("2026-10-08"));
        assertThat(clockOf(t.id()).ruleId()).isEqualTo("PT-02");
    }

    @Test
    void aPausedComplaintIsNeverOverdueAndThePausedDaysMoveTheDueDate() {
        on("2026-03-02");
        Ticket t = assigned(TicketType.COMPLAINT, "送检的投诉");
        assertThat(clockOf(t.id()).dueDate()).isEqualTo(d("2026-03-16"));
        on("2026-03-05");
        Ticket paused = as(fx.clerk(), () -> tickets.pause(t.id(),
                new TicketPauseRequest("抽样送检，等待检验报告", d("2026-03-05"), null)));
        assertThat(paused.status()).isEqualTo(TicketStatus.PAUSED);
        assertThat(clockOf(t.id()).status()).isEqualTo(DeadlineStatus.PAUSED);

        on("2026-04-30");
        assertThat(as(fx.second(), () -> guide.of(t.id())).step("urge").allowed()).isFalse();
        assertThatThrownBy(() -> as(fx.second(), () -> tickets.urge(t.id(), new TicketUrgeRequest("请尽快办理"))))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("paused");

        Ticket resumed = as(fx.clerk(), () -> tickets.resume(t.id(), new TicketResumeRequest(d("2026-04-30"), null)));
        assertThat(resumed.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(clockOf(t.id()).dueDate()).isAfter(d("2026-04-30"));
        assertThat(as(fx.second(), () -> guide.of(t.id())).step("urge").code()).isEqualTo("not-overdue");
    }

    @Test
    void pausingAHelpRequestOrAPetitionIsRefusedAsNoRuleAllowsIt() {
        on("2026-06-01");
        for (TicketType type : new TicketType[] {TicketType.HELP, TicketType.PETITION, TicketType.SUGGESTION}) {
            Ticket t = assigned(type, "不能中止的工单");
            assertThatThrownBy(() -> as(fx.clerk(), () -> tickets.pause(t.id(),
                    new TicketPauseRequest("等待", d("2026-06-01"), null))))
                    .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("pause-not-allowed");
            assertThat(clockOf(t.id()).status()).isEqualTo(DeadlineStatus.OPEN);
        }
    }

    @Test
    void aDissatisfiedRatingSendsTheTicketBackOnceWithANewClockThenClosesItDissatisfied() {
        on("2026-05-11");
        Ticket t = assigned(TicketType.COMPLAINT, "不满意重办");
        long firstClock = t.clockDeadlineId();
        on("2026-05-13");
        Ticket replied = as(fx.clerk(), () -> tickets.reply(t.id(), new TicketReplyRequest("已处理", d("2026-05-13"),
                null)));
        assertThat(replied.status()).isEqualTo(TicketStatus.REPLIED);
        assertThat(deadlines.find(firstClock).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.find(replied.callbackDeadlineId()).orElseThrow().ruleId()).isEqualTo("TK-04");

        on("2026-05-14");
        Ticket reopened = as(TicketsFixture.DISPATCHER, () -> tickets.rate(t.id(),
                new TicketRatingRequest(Satisfaction.DISSATISFIED, "问题依旧", null)));
        assertThat(reopened.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.clockDeadlineId()).isNotEqualTo(firstClock);
        assertThat(reopened.clockStart()).isEqualTo(d("2026-05-14"));
        // May 15, 18–22, 25–28: 10 working days from the dissatisfied rating
        assertThat(clockOf(t.id()).dueDate()).isEqualTo(d("2026-05-28"));
        assertThat(deadlines.find(replied.callbackDeadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);

        as(fx.clerk(), () -> tickets.reply(t.id(), new TicketReplyRequest("再次处理", d("2026-05-14"), null)));
        Ticket closed = as(TicketsFixture.DISPATCHER, () -> tickets.rate(t.id(),
                new TicketRatingRequest(Satisfaction.DISSATISFIED, null, null)));
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(closed.reopenCount()).isEqualTo(1);
        assertThat(as(TicketsFixture.DISPATCHER, () -> tickets.events(t.id()))).extracting(TicketEvent::kind)
                .containsExactly("reopen", "rating");
    }

    @Test
    void aTransferNeedsAnotherUnitAndStartsTheClockAgainForIt() {
        on("2026-07-06");
        Ticket t = assigned(TicketType.COMPLAINT, "转办的投诉");
        long first = t.clockDeadlineId();
        assertThatThrownBy(() -> as(fx.clerk(), () -> tickets.transfer(t.id(),
                new TicketTransferRequest(fx.dept(), "同一单位", null))))
                .isInstanceOf(InvalidInputException.class);
        on("2026-07-08");
        Ticket moved = as(fx.clerk(), () -> tickets.transfer(t.id(),
                new TicketTransferRequest(fx.other(), "属于邻局职责", null)));
        assertThat(moved.unitId()).isEqualTo(fx.other());
        assertThat(deadlines.find(first).orElseThrow().status()).isEqualTo(DeadlineStatus.CANCELLED);
        assertThat(deadlines.find(moved.clockDeadlineId()).orElseThrow().ownerUnitId()).isEqualTo(fx.other());
        assertThat(deadlines.find(moved.clockDeadlineId()).orElseThrow().startDate()).isEqualTo(d("2026-07-08"));
        assertThat(as(fx.outsider(), () -> tickets.events(t.id()))).extracting(TicketEvent::kind)
                .containsExactly("transfer");
    }

    @Test
    void urgingIsForOverdueTicketsAndForSupervisorsOnly() {
        on("2026-06-01");
        Ticket t = assigned(TicketType.HELP, "超期的求助");
        assertThatThrownBy(() -> as(fx.second(), () -> tickets.urge(t.id(), new TicketUrgeRequest("请尽快"))))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("not-overdue");
        on("2026-06-10");
        assertThatThrownBy(() -> as(fx.clerk(), () -> tickets.urge(t.id(), new TicketUrgeRequest("请尽快"))))
                .isInstanceOf(AccessDeniedException.class);
        Ticket urged = as(fx.second(), () -> tickets.urge(t.id(), new TicketUrgeRequest("已超期，请三日内答复")));
        assertThat(urged.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(as(fx.clerk(), () -> tickets.events(t.id()))).extracting(TicketEvent::kind).containsExactly("urge");
    }

    @Test
    void theComplainantIsEncryptedAtRestMaskedForStaffAndRevealedOnlyWithAReason() {
        Ticket t = assigned(TicketType.COMPLAINT, "身份保护");
        assertThat(t.complainantName()).isEqualTo("王**");
        assertThat(t.complainantPhone()).isEqualTo("139****5678");
        assertThat(t.complainantIdNo()).doesNotContain("199003077777");
        String stored = jdbc.sql("select complainant_phone from ticket where id = ?").param(t.id()).query(String.class)
                .single();
        assertThat(stored).startsWith("ENC1:").doesNotContain("13912345678");
        assertThatThrownBy(() -> as(fx.clerk(), () -> tickets.reveal(t.id(), new TicketRevealRequest(" "))))
                .isInstanceOf(InvalidInputException.class);
        ComplainantIdentity who = as(fx.clerk(), () -> tickets.reveal(t.id(), new TicketRevealRequest("回访诉求人")));
        assertThat(who.name()).isEqualTo("王小明");
        assertThat(who.phone()).isEqualTo("13912345678");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'ticket' and entity_id = ? "
                + "and action = 'reveal-complainant'").param(String.valueOf(t.id())).query(Long.class).single())
                .isEqualTo(1);
    }
}
