package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.time.LocalDate;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Keeping the calendar on the console: entering a year's notice makes the year official (and
 * provisional answers change), corrections are audited, bad notices store nothing, and only the
 * system administrator or a county-level rule-of-law office may change it.
 */
@FazhiIT
class CalendarAdministrationIT {

    static final String NOTICE_2027 = """
            2027-01-01~2027-01-04,放假,元旦
            2027-02-06~2027-02-12,放假,春节
            2027-02-14,上班,春节
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enteringThe2027NoticeMakesTheYearOfficialAndChangesTheProvisionalAnswer() {
        assertThat(calendar.isOfficialYear(2027)).isFalse();
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-12-25&workingDays=10")).bodyJson()
                .extractingPath("$.due").isEqualTo("2027-01-11");
        try {
            assertThat(mvc.post().uri("/console/calendar/notice").with(console(users, "fzb"))
                    .param("year", "2027").param("source", "国办发明电〔2026〕测试号").param("rows", NOTICE_2027))
                    .hasStatus3xxRedirection().hasRedirectedUrl("/console/calendar?year=2027");
            assertThat(calendar.isOfficialYear(2027)).isTrue();
            var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-12-25&workingDays=10"))
                    .hasStatusOk().bodyJson();
            body.extractingPath("$.due").isEqualTo("2027-01-12");
            body.extractingPath("$.provisional").isEqualTo(false);
            var day = assertThat(mvc.get().uri("/api/v1/calendar/days/2027-02-14")).hasStatusOk().bodyJson();
            day.extractingPath("$.kind").isEqualTo("workday");
            day.extractingPath("$.provisional").isEqualTo(false);
            assertThat(jdbc.sql("select entered_by from calendar_year where year_no = 2027").query(String.class)
                    .single()).isEqualTo("fzb");
            assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'calendar-year'"
                    + " and entity_id = '2027' and action = 'enter-notice'").query(Long.class).single()).isPositive();
            assertThat(mvc.get().uri("/console/calendar?year=2027").with(console(users, "fzb"))).hasStatusOk()
                    .bodyText().contains("国办发明电〔2026〕测试号");
        } finally {
            assertThat(mvc.post().uri("/console/calendar/withdraw").with(console(users, "fzb"))
                    .param("year", "2027").param("reason", "测试结束，撤回")).hasStatus3xxRedirection();
            KernelTestSupport.awaitRecomputation(jdbc);
        }
        assertThat(calendar.isOfficialYear(2027)).isFalse();
        assertThat(calendar.due(LocalDate.of(2026, 12, 25), org.fazhi.shared.Period.workingDays(10)).due())
                .isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void aNoticeCanBeUploadedAsAnExcelSheet() throws Exception {
        var xlsx = new java.io.ByteArrayOutputStream();
        org.fazhi.shared.excel.SpreadsheetWriter.write(xlsx, "2027", java.util.List.of("日期", "类型", "名称"),
                java.util.List.of(java.util.List.of("2027-01-01", "放假", "元旦"),
                        java.util.List.of("2027-02-05~2027-02-11", "放假", "春节"),
                        java.util.List.of("2027-02-14", "上班", "春节")));
        var file = new org.springframework.mock.web.MockMultipartFile("file", "2027.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.toByteArray());
        try {
            assertThat(mvc.post().uri("/console/calendar/notice").multipart().file(file).with(console(users, "fzb"))
                    .param("year", "2027").param("source", "国办发明电〔2026〕测试号").param("rows", ""))
                    .hasStatus3xxRedirection();
            assertThat(calendar.day(LocalDate.of(2027, 2, 11)).kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(calendar.day(LocalDate.of(2027, 2, 14)).kind()).isEqualTo(DayKind.WORKDAY);
            assertThat(calendar.day(LocalDate.of(2027, 2, 11)).provisional()).isFalse();
        } finally {
            assertThat(mvc.post().uri("/console/calendar/withdraw").with(console(users, "fzb")).param("year", "2027")
                    .param("reason", "测试结束")).hasStatus3xxRedirection();
            KernelTestSupport.awaitRecomputation(jdbc);
        }
        assertThat(calendar.isOfficialYear(2027)).isFalse();
    }

    @Test
    void aNoticeWithAWeekdayMakeUpWorkingDayIsRefusedAndNothingIsStored() {
        assertThat(mvc.post().uri("/console/calendar/notice").with(console(users, "fzb"))
                .param("year", "2027").param("source", "测试").param("rows", "2027-01-01,放假,元旦\n2027-01-05,上班,元旦"))
                .hasStatusOk().bodyText().contains("不是星期六或星期日");
        assertThat(calendar.isOfficialYear(2027)).isFalse();
        assertThat(jdbc.sql("select count(*) from calendar_day where notice_year = 2027").query(Long.class).single())
                .isZero();
    }

    @Test
    void aTownshipRuleOfLawOfficeMayNotChangeTheCalendarOfTheWholeLocality() {
        assertThat(mvc.post().uri("/console/calendar/notice").with(console(users, "donghu"))
                .param("year", "2027").param("source", "测试").param("rows", NOTICE_2027))
                .hasStatusOk().bodyText().contains("只有系统管理员或县级以上法治办可以修改工作日历");
        assertThat(calendar.isOfficialYear(2027)).isFalse();
        assertThat(mvc.post().uri("/console/calendar/days").with(console(users, "zhifa1"))
                .param("date", "2010-03-10").param("kind", "HOLIDAY").param("name", "测试").param("reason", "测试"))
                .hasStatusOk().bodyText().contains("只有系统管理员或县级以上法治办可以修改工作日历");
        assertThat(calendar.isWorkingDay(LocalDate.of(2010, 3, 10))).isTrue();
    }

    @Test
    void correctingADayIsAuditedAndTakesEffectAtOnce() {
        LocalDate day = LocalDate.of(2010, 3, 10);
        try {
            assertThat(mvc.post().uri("/console/calendar/days").with(console(users, "admin"))
                    .param("date", day.toString()).param("kind", "HOLIDAY").param("name", "测试补充通知")
                    .param("reason", "补充通知更正")).hasStatus3xxRedirection();
            assertThat(calendar.day(day).kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(calendar.day(day).name()).isEqualTo("测试补充通知");
            assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'calendar-day'"
                    + " and entity_id = '2010-03-10' and action = 'set-day'").query(Long.class).single()).isPositive();
        } finally {
            assertThat(mvc.post().uri("/console/calendar/days").with(console(users, "admin"))
                    .param("date", day.toString()).param("kind", "ORDINARY").param("reason", "恢复"))
                    .hasStatus3xxRedirection();
            KernelTestSupport.awaitRecomputation(jdbc);
        }
        assertThat(calendar.day(day).kind()).isEqualTo(DayKind.WEEKDAY);
    }

    @Test
    void theShippedYearsCannotBeWithdrawn() {
        assertThat(mvc.post().uri("/console/calendar/withdraw").with(console(users, "fzb")).param("year", "2026")
                .param("reason", "测试")).hasStatus3xxRedirection().flash().containsKey("flashError");
        assertThat(calendar.isOfficialYear(2026)).isTrue();
    }

    @Test
    void aSingleDayOfAProvisionalYearCannotBeSetOnlyTheWholeNotice() {
        assertThat(mvc.post().uri("/console/calendar/days").with(console(users, "fzb"))
                .param("date", "2027-03-01").param("kind", "HOLIDAY").param("name", "测试").param("reason", "测试"))
                .hasStatusOk().bodyText().contains("2027年节假日安排尚未录入");
    }

    @Test
    void theConsoleShowsAYearAsAMonthGridWithItsDays() {
        assertThat(mvc.get().uri("/console/calendar?year=2024").with(console(users, "fzb"))).hasStatusOk().bodyText()
                .contains("2024年工作日历").contains("国庆节").contains("录入年度通知");
        assertThat(mvc.get().uri("/console/calendar?year=2030").with(console(users, "fzb"))).hasStatusOk().bodyText()
                .contains("2030年节假日安排尚未录入");
    }
}
