package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.time.LocalDate;
import java.util.UUID;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.Period;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The deadline register: due dates from rules via the calendar, pauses, extensions, recomputation, scope. */
@FazhiIT
class DeadlinesIT {

    @Autowired
    Deadlines deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Units units;

    @Autowired
    org.fazhi.rules.RulesCatalog rules;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private TrackedDeadline track(String rule, RuleTerm term, String start, String unitCode) {
        String subject = UUID.randomUUID().toString();
        return deadlines.track(new NewDeadline("normdocs", "document", subject,
                "测试事项 " + rule + " " + start + " " + subject.substring(0, 8), rule, term, LocalDate.parse(start),
                unit(unitCode), null, "/console/normdocs/1"));
    }

    @Test
    void aDeadlineIsDueWhenItsRuleSaysCountedOnTheOfficialCalendar() {
        clock.setDate(LocalDate.of(2024, 9, 30));
        TrackedDeadline d = track("GI-01", RuleTerm.AMOUNT, "2024-09-30", "SFX-DH");
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(d.provisional()).isFalse();
        assertThat(deadlines.forSubject("normdocs", "document", d.subjectId())).extracting(TrackedDeadline::id)
                .containsExactly(d.id());
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'deadline' and entity_id = ?"
                + " and action = 'create'").param(String.valueOf(d.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theMaximumOfARangeCanBeTracked() {
        clock.setDate(LocalDate.of(2024, 9, 30));
        TrackedDeadline d = track("ND-02", RuleTerm.MAX_AMOUNT, "2024-09-30", "SFX-DH");
        assertThat(d.dueDate()).isEqualTo(calendar.due(LocalDate.of(2024, 9, 30), Period.workingDays(15)).due());
    }

    @Test
    void pausingMovesTheDueDateByThePausedWorkingDays() {
        clock.setDate(LocalDate.of(2024, 9, 2));
        TrackedDeadline d = track("MD-06", RuleTerm.AMOUNT, "2024-09-02", "SFX-DH");
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2024, 9, 11));
        clock.setDate(LocalDate.of(2024, 9, 4));
        assertThat(deadlines.pause(d.id(), LocalDate.of(2024, 9, 4), "等待第三方意见").status())
                .isEqualTo(DeadlineStatus.PAUSED);
        assertThatThrownBy(() -> deadlines.pause(d.id(), LocalDate.of(2024, 9, 4), "再次暂停"))
                .isInstanceOf(RefusedException.class);
        clock.setDate(LocalDate.of(2024, 9, 6));
        TrackedDeadline resumed = deadlines.resume(d.id(), LocalDate.of(2024, 9, 6));
        // 09-04 and 09-05 do not count: 09-03, 06, 09, 10, 11, 12, 13.
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2024, 9, 13));
        assertThat(resumed.status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void anApprovedExtensionAddsTheRulesExtensionAfterTheDueDateOnce() {
        clock.setDate(LocalDate.of(2024, 10, 20));
        TrackedDeadline d = track("GI-01", RuleTerm.AMOUNT, "2024-09-30", "SFX-DH");
        TrackedDeadline extended = deadlines.extend(d.id(), "经政府信息公开工作机构负责人同意");
        // 20 working days after 2024-11-01.
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(extended.status()).isEqualTo(DeadlineStatus.EXTENDED);
        assertThatThrownBy(() -> deadlines.extend(d.id(), "再次延长")).isInstanceOf(RefusedException.class);
        TrackedDeadline noExtension = track("MD-06", RuleTerm.AMOUNT, "2024-10-08", "SFX-DH");
        assertThatThrownBy(() -> deadlines.extend(noExtension.id(), "延长")).isInstanceOf(RefusedException.class);
    }

    @Test
    void meetingAfterTheDueDateIsLateAndAClosedDeadlineCannotChange() {
        clock.setDate(LocalDate.of(2024, 9, 20));
        TrackedDeadline d = track("MD-06", RuleTerm.AMOUNT, "2024-09-02", "SFX-DH");
        assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThatThrownBy(() -> deadlines.meet(d.id(), LocalDate.of(2024, 9, 21)))
                .isInstanceOf(InvalidInputException.class);
        TrackedDeadline met = deadlines.meet(d.id(), LocalDate.of(2024, 9, 12));
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.late()).isTrue();
        assertThatThrownBy(() -> deadlines.cancel(d.id(), "撤回")).isInstanceOf(RefusedException.class);
    }

    @Test
    void aFixedDateDutyIsTrackedAsGivenAndCannotBePaused() {
        clock.setDate(LocalDate.of(2025, 1, 2));
        TrackedDeadline d = deadlines.trackFixed(new NewDeadline("enforcement", "statistics", UUID.randomUUID()
                .toString(), "2024年度行政执法统计年报公开", "TS-02", null, LocalDate.of(2025, 1, 1), unit("SFX-ZHZF"),
                null, null), LocalDate.of(2025, 1, 31));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(d.term()).isEqualTo("FIXED");
        assertThatThrownBy(() -> deadlines.pause(d.id(), LocalDate.of(2025, 1, 2), "x"))
                .isInstanceOf(RefusedException.class);
        assertThat(deadlines.cancel(d.id(), "测试撤销").status()).isEqualTo(DeadlineStatus.CANCELLED);
    }

    @Test
    void badRegistrationsAreRefused() {
        assertThatThrownBy(() -> deadlines.track(new NewDeadline("normdocs", "document", "x", " ", "MD-06",
                RuleTerm.AMOUNT, LocalDate.of(2024, 1, 2), unit("SFX-DH"), null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> deadlines.track(new NewDeadline("normdocs", "document", "x", "t", "MD-06",
                RuleTerm.AMOUNT, LocalDate.of(2024, 1, 2), unit("SFX-DH"), null, "https://evil.example/")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> deadlines.track(new NewDeadline("normdocs", "document", "x", "t", "XX-01",
                RuleTerm.AMOUNT, LocalDate.of(2024, 1, 2), unit("SFX-DH"), null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aProvisional2027DeadlineIsRecomputedWhenThe2027NoticeIsEntered() {
        clock.setDate(LocalDate.of(2026, 11, 21));
        // GI-02, 7 working days from 2026-12-25: 12-28..31, (2027-01-01 元旦 computed), 01-04, 05, 06.
        TrackedDeadline d = track("GI-02", RuleTerm.AMOUNT, "2026-12-25", "SFX-DH");
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(d.provisional()).isTrue();
        clock.reset();
        try {
            assertThat(mvc.post().uri("/console/calendar/notice").with(console(users, "fzb")).param("year", "2027")
                    .param("source", "国办发明电〔2026〕测试号").param("rows", "2027-01-01~2027-01-04,放假,元旦"))
                    .hasStatus3xxRedirection();
            KernelTestSupport.awaitRecomputation(jdbc);
            TrackedDeadline official = deadlines.find(d.id()).orElseThrow();
            assertThat(official.dueDate()).isEqualTo(LocalDate.of(2027, 1, 7));
            assertThat(official.provisional()).isFalse();
            assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'deadline' and entity_id = ?"
                    + " and action = 'recompute'").param(String.valueOf(d.id())).query(Long.class).single())
                    .isPositive();
        } finally {
            mvc.post().uri("/console/calendar/withdraw").with(console(users, "fzb")).param("year", "2027")
                    .param("reason", "测试结束").exchange();
            KernelTestSupport.awaitRecomputation(jdbc);
        }
        TrackedDeadline again = deadlines.find(d.id()).orElseThrow();
        assertThat(again.dueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(again.provisional()).isTrue();
    }

    @Test
    void aLocalOverrideOfTheRuleMovesTheOpenDeadlinesStartedFromItsDate() {
        LocalDate from = LocalDate.of(2090, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(0, 3000));
        TrackedDeadline d = track("PN-03", RuleTerm.AMOUNT, from.toString(), "SFX-DH");
        TrackedDeadline earlier = track("PN-03", RuleTerm.AMOUNT, from.minusDays(1).toString(), "SFX-DH");
        assertThat(d.dueDate()).isEqualTo(calendar.due(from, rules.period("PN-03", RuleTerm.AMOUNT, from)).due());
        assertThat(mvc.post().uri("/api/v1/rules/PN-03/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":2,\"effectiveFrom\":\"" + from + "\",\"reason\":\"本地规定两个工作日\"}"))
                .hasStatus(201);
        KernelTestSupport.awaitRecomputation(jdbc);
        assertThat(deadlines.find(d.id()).orElseThrow().dueDate())
                .isEqualTo(calendar.due(from, Period.workingDays(2)).due());
        assertThat(deadlines.find(earlier.id()).orElseThrow().dueDate()).isEqualTo(earlier.dueDate());
    }

    @Test
    void aTownshipCannotReadAnotherTownshipsDeadlinesThroughThePageOrTheApi() {
        TrackedDeadline xishan = track("MD-06", RuleTerm.AMOUNT, "2025-03-03", "SFX-XS");
        TrackedDeadline donghu = track("MD-06", RuleTerm.AMOUNT, "2025-03-03", "SFX-DH");
        assertThat(mvc.get().uri("/api/v1/deadlines/" + xishan.id()).with(DemoUsers.as("donghu"))).hasStatus(404);
        assertThat(mvc.get().uri("/console/deadlines/" + xishan.id()).with(console(users, "donghu"))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/deadlines/" + donghu.id()).with(DemoUsers.as("donghu"))).hasStatusOk()
                .bodyJson().extractingPath("$.deadline.ownerUnitName").isEqualTo("东湖镇人民政府");
        assertThat(mvc.get().uri("/api/v1/deadlines/" + xishan.id()).with(DemoUsers.as("fzb"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/deadlines?status=ALL&size=200").with(DemoUsers.as("donghu")))
                .hasStatusOk().bodyJson().extractingPath("$.items[*].ownerUnitId").asArray()
                .doesNotContain((int) unit("SFX-XS")).contains((int) unit("SFX-DH"));
        assertThat(mvc.get().uri("/api/v1/deadlines?unitId=" + unit("SFX-XS")).with(DemoUsers.as("donghu")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/console/deadlines").with(console(users, "donghu"))).hasStatusOk().bodyText()
                .doesNotContain(xishan.subjectTitle() + "</a>").doesNotContain("西山乡人民政府</td>");
    }

    @Test
    void aUserOfTheNeighbouringCountySeesNoneOfShifanCounty() throws Exception {
        TrackedDeadline d = track("MD-06", RuleTerm.AMOUNT, "2025-03-03", "SFX-DH");
        // the neighbouring county may have deadlines of its own (its demo reconsideration case): none of
        // them is 示范县's
        String json = mvc.get().uri("/api/v1/deadlines?status=ALL&size=200").with(DemoUsers.as("linxian")).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<Integer> owners = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].ownerUnitId");
        java.util.List<Integer> ids = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].id");
        assertThat(owners).allSatisfy(o -> assertThat(o.longValue()).isIn(unit("LX"), unit("LX-SFJ")));
        assertThat(ids).doesNotContain(d.id().intValue());
        assertThat(mvc.get().uri("/api/v1/deadlines/" + d.id()).with(DemoUsers.as("linxian"))).hasStatus(404);
    }

    @Test
    void theBoardListsOverdueFirstAndUrgingRemindsTheOwnerUnit() throws Exception {
        clock.setDate(LocalDate.of(2025, 3, 20));
        TrackedDeadline overdue = track("MD-06", RuleTerm.AMOUNT, "2025-03-03", "SFX-DH");
        TrackedDeadline open = track("GI-01", RuleTerm.AMOUNT, "2025-03-18", "SFX-DH");
        assertThat(overdue.status()).isEqualTo(DeadlineStatus.OVERDUE);
        String json = mvc.get().uri("/api/v1/deadlines?unitId=" + unit("SFX-DH") + "&size=200")
                .with(DemoUsers.as("fzb")).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> statuses = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].status");
        int lastOverdue = statuses.lastIndexOf("OVERDUE");
        int firstOther = java.util.stream.IntStream.range(0, statuses.size())
                .filter(i -> !"OVERDUE".equals(statuses.get(i))).findFirst().orElse(statuses.size());
        assertThat(lastOverdue).isLessThan(firstOther);
        assertThat(mvc.post().uri("/console/deadlines/" + overdue.id() + "/urge").with(console(users, "fzb")))
                .hasStatus3xxRedirection();
        long donghuUser = jdbc.sql("select id from app_user where username = 'donghu'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from inbox_message where user_id = ? and title_key = ? and link = ?")
                .params(donghuUser, "deadlines.reminder.urge", "/console/deadlines/" + overdue.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'deadline' and entity_id = ?"
                + " and action = 'urge'").param(String.valueOf(overdue.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/deadlines/" + open.id() + "/urge").with(DemoUsers.as("shencha")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/console/deadlines?unitId=" + unit("SFX-DH")).with(console(users, "fzb")))
                .hasStatusOk().bodyText().contains("督办台").contains(overdue.subjectTitle()).contains("催办");
    }

    @Test
    void theBoardExportsToExcelAndIsClosedToAdministrators() {
        track("MD-06", RuleTerm.AMOUNT, "2025-03-03", "SFX-DH");
        var export = mvc.get().uri("/console/deadlines/export?status=ALL").with(console(users, "fzb")).exchange();
        assertThat(export).hasStatusOk().hasContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        assertThat(mvc.get().uri("/api/v1/deadlines").with(DemoUsers.as("admin"))).hasStatus(403);
    }

    @Test
    void badBoardQueriesAreRefusedWith400() {
        assertThat(mvc.get().uri("/api/v1/deadlines?status=BOGUS").with(DemoUsers.as("fzb"))).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/deadlines?dueFrom=2024-13-01").with(DemoUsers.as("fzb"))).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/deadlines?size=500").with(DemoUsers.as("fzb"))).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/deadlines?dueFrom=2025-02-01&dueTo=2025-01-01").with(DemoUsers.as("fzb")))
                .hasStatus(400);
        assertThat(mvc.get().uri("/console/deadlines?status=BOGUS").with(console(users, "fzb"))).hasStatusOk()
                .bodyText().contains("状态不正确");
    }
}
