package org.fazhi.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementCases;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's enforcement year is replayed through the real steps on their days (the platform
 * clock stands on each step's day): a step that reads "today" — a decision taken late, a hearing asked
 * for, a publication, a random draw — carries the day it was taken in the case, its deadline and its
 * audit entry, and the 督办台 shows the publication that is really overdue.
 */
@FazhiIT
class DemoYearReplayedIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnforcementCases cases;
    @Autowired
    Deadlines deadlines;
    @Autowired
    ActingAs acting;

    @Test
    void aDecisionTakenAfterTheNinetyDaysIsMetLateOnTheDayItWasTakenAndAuditedOnThatDay() {
        EnforcementCase late = demoCase("擅自占用城市道路搭建彩钢棚");
        assertThat(late.openedOn().plusDays(90)).isBefore(late.decidedOn());
        TrackedDeadline decision = deadlines.find(late.decisionDeadlineId()).orElseThrow();
        assertThat(decision.metOn()).isEqualTo(late.decidedOn());
        assertThat(decision.late()).isTrue();
        assertThat(auditDays(late.id(), "decide")).containsExactly(late.decidedOn());
    }

    @Test
    void everyStepOfAnArchivedCaseIsAuditedOnItsOwnDay() {
        EnforcementCase archived = demoCase("擅自设置落地式户外广告牌");
        assertThat(archived.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(auditDays(archived.id(), "notify")).containsExactly(archived.notifiedOn());
        assertThat(auditDays(archived.id(), "serve")).containsExactly(archived.servedOn());
        assertThat(auditDays(archived.id(), "execute")).containsExactly(archived.executedOn());
        assertThat(auditDays(archived.id(), "archive")).containsExactly(archived.archivedOn());
        assertThat(createdOn(archived.id())).isEqualTo(archived.openedOn());
    }

    @Test
    void aHearingAskedForYesterdayIsAuditedYesterdayAndTheHearingNoticeKeepsItsPeriod() {
        EnforcementCase hearing = demoCase("未取得建设工程规划许可证建设住宅");
        assertThat(hearing.hearingRequestedOn()).isBefore(hearing.hearingOn());
        assertThat(auditDays(hearing.id(), "request-hearing")).containsExactly(hearing.hearingRequestedOn());
        assertThat(auditDays(hearing.id(), "schedule-hearing")).containsExactly(hearing.hearingNoticeOn());
    }

    @Test
    void theUnpublishedDecisionIsOverdueOnTheBoardAndThePublishedOneWasMetOnItsDay() {
        EnforcementCase overdue = demoCase("在城市道路两侧倾倒建筑垃圾");
        TrackedDeadline unpublished = deadlines.find(overdue.publicationDeadlineId()).orElseThrow();
        assertThat(unpublished.status().isActive()).isTrue();
        assertThat(unpublished.dueDate()).isBefore(overdue.decidedOn().plusDays(30));
        assertThat(unpublished.metOn()).isNull();
        EnforcementCase served = demoCase("擅自设置大型户外广告");
        TrackedDeadline published = deadlines.find(served.publicationDeadlineId()).orElseThrow();
        assertThat(published.metOn()).isAfter(served.decidedOn()).isBefore(served.decidedOn().plusDays(7));
        assertThat(published.late()).isFalse();
    }

    @Test
    void theDemoPlansWereDrawnAndPublishedOnTheirOwnDays() {
        List<LocalDate[]> plans = jdbc.sql("select drawn_on, published_on, starts_on from inspection_plan"
                + " where title like '%餐饮服务单位油烟排放随机抽查' and drawn_on is not null and published_on is not null"
                + " and title not like '%第一季度%' order by id")
                .query((rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class)})
                .list();
        assertThat(plans).isNotEmpty();
        LocalDate[] first = plans.get(0);
        assertThat(first[0]).isEqualTo(first[2]);
        assertThat(first[1]).isAfter(first[0].plusDays(20));
    }

    private EnforcementCase demoCase(String cause) {
        long id = jdbc.sql("select min(id) from enforcement_case where cause = :c").param("c", cause)
                .query(Long.class).single();
        return acting.run("zhifa1", () -> cases.get(id));
    }

    /** The days a case's step was audited on: {@code [day]} as the replay wrote it, never another day. */
    private List<LocalDate> auditDays(long caseId, String action) {
        return jdbc.sql("select occurred_at from audit_event where entity_type = :t and entity_id = :id"
                + " and action = :a order by seq")
                .param("t", EnforcementCase.SUBJECT.name()).param("id", String.valueOf(caseId)).param("a", action)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDate())
                .list();
    }

    /** The day of the case's first audit entry. */
    private LocalDate createdOn(long caseId) {
        return jdbc.sql("select occurred_at from audit_event where entity_type = :t"
                + " and entity_id = :id order by seq fetch first 1 rows only")
                .param("t", EnforcementCase.SUBJECT.name()).param("id", String.valueOf(caseId))
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDate())
                .single();
    }
}
