package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public calendar API and the portal calculator, without sign-in. */
@FazhiIT
class CalendarApiIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aMakeUpWorkingDayIsAWorkingDayNamedForItsFestival() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/days/2024-10-12")).hasStatusOk().bodyJson();
        body.extractingPath("$.date").isEqualTo("2024-10-12");
        body.extractingPath("$.workingDay").isEqualTo(true);
        body.extractingPath("$.kind").isEqualTo("workday");
        body.extractingPath("$.name").isEqualTo("国庆节");
        body.extractingPath("$.provisional").isEqualTo(false);
    }

    @Test
    void anOrdinaryWeekendAndAHolidayAreRestDays() {
        var weekend = assertThat(mvc.get().uri("/api/v1/calendar/days/2024-03-02")).hasStatusOk().bodyJson();
        weekend.extractingPath("$.kind").isEqualTo("weekend");
        weekend.extractingPath("$.workingDay").isEqualTo(false);
        weekend.extractingPath("$.name").isNull();
        var holiday = assertThat(mvc.get().uri("/api/v1/calendar/days/2025-01-28")).hasStatusOk().bodyJson();
        holiday.extractingPath("$.kind").isEqualTo("holiday");
        holiday.extractingPath("$.name").isEqualTo("春节");
    }

    @Test
    void fiveWorkingDaysAfterTheThirtiethOfSeptember2024EndOnTheMakeUpSaturday() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&workingDays=5")).hasStatusOk()
                .bodyJson();
        body.extractingPath("$.from").isEqualTo("2024-09-30");
        body.extractingPath("$.due").isEqualTo("2024-10-12");
        body.extractingPath("$.provisional").isEqualTo(false);
        body.extractingPath("$.explanation[0]").isEqualTo("2024-10-01 国庆节 放假，不计入");
        body.extractingPath("$.explanation.length()").isEqualTo(8);
    }

    @Test
    void calendarDaysRollOverOnlyWhenAsked() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-01&calendarDays=30")).hasStatusOk()
                .bodyJson().extractingPath("$.due").isEqualTo("2024-10-01");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-01&calendarDays=30&rollover=true"))
                .hasStatusOk().bodyJson().extractingPath("$.due").isEqualTo("2024-10-08");
    }

    @Test
    void aRuleGivesItsAmountUnitAndSource() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&rule=GI-01")).hasStatusOk()
                .bodyJson();
        body.extractingPath("$.rule").isEqualTo("GI-01");
        body.extractingPath("$.due").isEqualTo("2024-11-01");
        body.extractingPath("$.period.unit").isEqualTo("WORKING_DAYS");
        body.extractingPath("$.period.amount").isEqualTo(20);
        body.extractingPath("$.source").asString().contains("政府信息公开条例");
    }

    @Test
    void theExtensionTermOfARuleCanBeAsked() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-11-01&rule=GI-01&term=EXTENSION")).hasStatusOk()
                .bodyJson().extractingPath("$.term").isEqualTo("EXTENSION");
    }

    @Test
    void aDeadlineIn2027BeforeItsNoticeIsProvisionalWithTheWarning() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-12-25&workingDays=10")).hasStatusOk()
                .bodyJson();
        body.extractingPath("$.due").isEqualTo("2027-01-11");
        body.extractingPath("$.provisional").isEqualTo(true);
        body.extractingPath("$.warning").isEqualTo("2027年节假日安排尚未录入，按法定节日推算，通知发布后自动重算");
        assertThat(mvc.get().uri("/api/v1/calendar/days/2027-02-09")).hasStatusOk().bodyJson()
                .extractingPath("$.provisional").isEqualTo(true);
    }

    @Test
    void aDateBeforeTheCoveredYearsIsRefusedWith422() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2006-12-31&workingDays=1")).hasStatus(422)
                .bodyJson().extractingPath("$.type").isEqualTo("/problems/outside-calendar");
        assertThat(mvc.get().uri("/api/v1/calendar/days/2006-06-01")).hasStatus(422);
        assertThat(mvc.get().uri("/api/v1/calendar/days/2100-01-01")).hasStatus(422);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "from=2024-13-01&workingDays=5", "from=yesterday&workingDays=5", "workingDays=5",
            "from=2024-09-30&workingDays=-1", "from=2024-09-30&workingDays=0", "from=2024-09-30&workingDays=1001",
            "from=2024-09-30&workingDays=99999999999", "from=2024-09-30&workingDays=five",
            "from=2024-09-30&calendarDays=3661", "from=2024-09-30", "from=2024-09-30&workingDays=5&calendarDays=5",
            "from=2024-09-30&workingDays=5&workingDays=6", "from=2024-09-30&from=2024-10-01&workingDays=5",
            "from=2024-09-30&rule=XX-99", "from=2024-09-30&rule=GI-01&workingDays=3",
            "from=2024-09-30&rule=MD-01", "from=2024-09-30&rule=TS-03", "from=2024-09-30&rule=MD-06&term=EXTENSION",
            "from=2024-09-30&calendarDays=5&rollover=maybe", "from=2024-09-30&rule=GI-01&term=LONGEST"})
    void badQuestionsAreRefusedWith400Problems(String query) {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?" + query)).hasStatus(400).bodyJson()
                .extractingPath("$.status").isEqualTo(400);
    }

    @Test
    void anUnknownRuleIsABadRequestNotANotFound() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&rule=ZZ-01")).hasStatus(400).bodyJson()
                .extractingPath("$.type").isEqualTo("/problems/unknown-rule");
    }

    @Test
    void aMalformedDayIsRefusedWith400() {
        assertThat(mvc.get().uri("/api/v1/calendar/days/2024-02-30")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/calendar/days/not-a-date")).hasStatus(400);
    }

    @Test
    void theCalculatorWorksWithoutJavaScriptAndExplainsItsAnswer() {
        assertThat(mvc.get().uri("/calculator")).hasStatusOk().bodyText().contains("工作日计算器");
        assertThat(mvc.get().uri("/calculator?from=2024-09-30&mode=workingDays&n=5")).hasStatusOk().bodyText()
                .contains("2024-10-12").contains("2024-10-01 国庆节 放假，不计入");
        assertThat(mvc.get().uri("/calculator?from=2026-12-25&mode=workingDays&n=10")).hasStatusOk().bodyText()
                .contains("2027年节假日安排尚未录入");
        assertThat(mvc.get().uri("/calculator?from=2024-09-30&mode=rule&rule=GI-01")).hasStatusOk().bodyText()
                .contains("2024-11-01").contains("GI-01");
        assertThat(mvc.get().uri("/calculator?day=2024-10-12")).hasStatusOk().bodyText().contains("国庆节");
    }

    @Test
    void theCalculatorShowsMistakesInChineseInTheForm() {
        assertThat(mvc.get().uri("/calculator?from=2024-09-30&mode=workingDays&n=5000")).hasStatusOk().bodyText()
                .contains("天数须为 1 到 1000 之间的整数");
        assertThat(mvc.get().uri("/calculator?from=2001-01-01&mode=workingDays&n=5")).hasStatusOk().bodyText()
                .contains("不在工作日历覆盖范围内");
    }

    @Test
    void theCalculatorIsListedOnThePortal() {
        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("工作日计算器").contains("时限与标准").doesNotContain("法定时限");
    }

    @Test
    void materialsForAHearingOn20261010AreDueSevenDaysBeforeItNotAfter() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-10-10&rule=MD-03")).hasStatusOk()
                .bodyJson();
        body.extractingPath("$.due").isEqualTo("2026-10-03");
        body.extractingPath("$.direction").isEqualTo("BACKWARD");
        body.extractingPath("$.explanation[0]").isEqualTo("自 2026-10-10（当日不计入）向前计算 7 日，最后可为之日为 2026-10-03");
        body.extractingPath("$.explanation[1]").asString().contains("2026-09-30");
    }

    @Test
    void aSummonsToTheHeadIsDueThreeDaysBeforeTheSession() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-06-16&rule=LT-04")).hasStatusOk()
                .bodyJson();
        body.extractingPath("$.due").isEqualTo("2026-06-13");
        body.extractingPath("$.direction").isEqualTo("BACKWARD");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-06-16&calendarDays=3&direction=backward"))
                .hasStatusOk().bodyJson().extractingPath("$.due").isEqualTo("2026-06-13");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-06-16&rule=LT-04&direction=forward"))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-06-16&calendarDays=3&direction=sideways"))
                .hasStatus(400);
    }

    @Test
    void anExtendedDisclosureReplyIsTwentyPlusTwentyWorkingDaysFromReceipt() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&rule=GI-01&term=EXTENSION"))
                .hasStatusOk().bodyJson();
        body.extractingPath("$.due").isEqualTo("2024-11-29");
        body.extractingPath("$.period.amount").isEqualTo(20);
        body.extractingPath("$.extension.amount").isEqualTo(20);
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&workingDays=40")).hasStatusOk().bodyJson()
                .extractingPath("$.due").isEqualTo("2024-11-29");
    }

    @Test
    void anExtendedReconsiderationDecisionIsSixtyPlusThirtyDaysCitingTheReconsiderationLaw() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-01-05&rule=RC-06&term=EXTENSION"))
                .hasStatusOk().bodyJson();
        body.extractingPath("$.due").isEqualTo("2026-04-07");
        body.extractingPath("$.rolloverBasis").isEqualTo("行政复议法第八十八条、民事诉讼法第八十五条");
        body.extractingPath("$.explanation").asArray().anySatisfy(l -> assertThat(l.toString())
                .contains("行政复议法第八十八条"));
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-01-05&rule=RC-06")).hasStatusOk().bodyJson()
                .extractingPath("$.due").isEqualTo("2026-03-06");
    }

    @Test
    void theRollOverOfALitigationPeriodCitesTheAdministrativeLitigationLaw() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-16&rule=LT-02")).hasStatusOk()
                .bodyJson();
        body.extractingPath("$.due").isEqualTo("2024-10-08");
        body.extractingPath("$.explanation").asArray().anySatisfy(l -> assertThat(l.toString())
                .contains("行政诉讼法第一百零一条、民事诉讼法第八十五条"));
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-01&rule=ND-05")).hasStatusOk().bodyJson()
                .extractingPath("$.explanation").asArray().anySatisfy(l -> assertThat(l.toString())
                        .contains("民法典第二百零三条"));
    }

    @Test
    void fiveYearsOfValidityFrom20260302EndOn20310301() {
        var body = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-03-02&rule=LC-01")).hasStatusOk()
                .bodyJson();
        body.extractingPath("$.due").isEqualTo("2031-03-01");
        body.extractingPath("$.direction").isEqualTo("TERM");
    }

    @Test
    void theAnnualDisclosureReportsAndTheSevenDayPublicityCanBeComputed() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-02-10&rule=GI-06&term=ALTERNATE")).hasStatusOk()
                .bodyJson().extractingPath("$.due").isEqualTo("2026-03-31");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2026-02-10&rule=GI-06")).hasStatusOk()
                .bodyJson().extractingPath("$.due").isEqualTo("2027-01-31");
        var ts = assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&rule=TS-01&term=ALTERNATE"))
                .hasStatusOk().bodyJson();
        ts.extractingPath("$.due").isEqualTo("2024-10-15");
        ts.extractingPath("$.appliesTo").asString().contains("行政处罚");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&rule=TS-01")).hasStatusOk().bodyJson()
                .extractingPath("$.due").isEqualTo("2024-11-01");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?from=2024-09-30&rule=GI-02&term=ALTERNATE"))
                .hasStatus(400);
    }

    @Test
    void theCalculatorCountsBackFromAHearingAndNamesTheLastDay() {
        assertThat(mvc.get().uri("/calculator?from=2026-10-10&mode=rule&rule=MD-03")).hasStatusOk().bodyText()
                .contains("最后可为之日").contains("2026-10-03");
        assertThat(mvc.get().uri("/calculator?from=2024-09-30&mode=rule&rule=GI-01:EXTENSION")).hasStatusOk()
                .bodyText().contains("2024-11-29");
        assertThat(mvc.get().uri("/calculator?from=2026-03-02&mode=rule&rule=LC-01")).hasStatusOk().bodyText()
                .contains("2031-03-01");
    }

    @Test
    void theCalculatorLeadsEachRuleWithItsNameAndSaysWhenTheRuleIsMissing() {
        assertThat(mvc.get().uri("/calculator")).hasStatusOk().bodyText()
                .contains("依申请公开答复期限（延长后） — GI-01").contains(">依申请公开答复期限 — GI-01<")
                .doesNotContain(">GI-01 依申请公开答复期限<");
        assertThat(mvc.get().uri("/calculator?from=2026-03-02&mode=rule&rule=")).hasStatusOk().bodyText()
                .contains("请选择一条规则");
        assertThat(mvc.get().uri("/calculator?from=2026-03-02&mode=workingDays&n=")).hasStatusOk().bodyText()
                .contains("请填写天数");
    }
}
