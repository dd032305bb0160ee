package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statutory annual report (GI-06/07): Table 三 counted from the requests cell by cell (change one record, the
 * cell changes), the cross-checks refusing an export naming the cell, Table 二's normative-document cells computed
 * and the others entered with their source, the deadline on the 督办台, a second person's approval publishing it.
 */
@FazhiIT
class AnnualReportIT extends DisclosureTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MockMvc mvc;

    private long replyOn(FiledRequest f, ReplyReason reason, String date) {
        on(date);
        return as(fx.clerk(), () -> requests.reply(f.id(), new ReplyRequest(reason, "答复", d(date), null))).id();
    }

    @Test
    void everyCellOfTable3IsACountOfTheRecordsAndTheReportIsPublishedAfterASecondPersonApproves() throws Exception {
        on("2024-12-20");
        FiledRequest a = received(RequesterType.NATURAL_PERSON, "上年结转的申请");
        replyOn(a, ReplyReason.DISCLOSED, "2025-01-10");
        on("2025-03-03");
        FiledRequest b = received(RequesterType.NATURAL_PERSON, "申请乙");
        FiledRequest c = received(RequesterType.COMMERCIAL, "申请丙");
        FiledRequest dd = received(RequesterType.RESEARCH, "申请丁");
        replyOn(b, ReplyReason.NOT_EXIST_NOT_HELD, "2025-03-10");
        replyOn(c, ReplyReason.PARTIALLY_DISCLOSED, "2025-03-10");
        on("2025-12-29");
        FiledRequest e = received(RequesterType.NATURAL_PERSON, "年底收到的申请");

        on("2026-01-05");
        AnnualReport r = as(fx.clerk(), () -> reports.open(new ReportRequest(fx.dept(), 2025, ReportKind.DEPARTMENT)));
        Table3 t = r.table3();
        assertThat(t.cell(Table3Row.NEW, RequesterType.NATURAL_PERSON)).isEqualTo(2);
        assertThat(t.cell(Table3Row.NEW, RequesterType.COMMERCIAL)).isEqualTo(1);
        assertThat(t.cell(Table3Row.NEW, RequesterType.RESEARCH)).isEqualTo(1);
        assertThat(t.total(Table3Row.NEW)).isEqualTo(4);
        assertThat(t.cell(Table3Row.CARRIED_OVER, RequesterType.NATURAL_PERSON)).isEqualTo(1);
        assertThat(t.cell(Table3Row.DISCLOSED, RequesterType.NATURAL_PERSON)).isEqualTo(1);
        assertThat(t.cell(Table3Row.UNABLE_NOT_HELD, RequesterType.NATURAL_PERSON)).isEqualTo(1);
        assertThat(t.cell(Table3Row.PARTIAL, RequesterType.COMMERCIAL)).isEqualTo(1);
        assertThat(t.total(Table3Row.RESULT_TOTAL)).isEqualTo(3);
        assertThat(t.cell(Table3Row.CARRIED_FORWARD, RequesterType.NATURAL_PERSON)).isEqualTo(1);
        assertThat(t.cell(Table3Row.CARRIED_FORWARD, RequesterType.RESEARCH)).isEqualTo(1);
        assertThat(r.failedChecks()).isEmpty();

        // change one record: the year-end request answered on 30 December moves from 四 to （五）2
        replyOn(e, ReplyReason.REPEAT, "2025-12-30");
        on("2026-01-05");
        Table3 after = as(fx.clerk(), () -> reports.report(r.id())).table3();
        assertThat(after.cell(Table3Row.NOT_PROCESSED_REPEAT, RequesterType.NATURAL_PERSON)).isEqualTo(1);
        assertThat(after.cell(Table3Row.CARRIED_FORWARD, RequesterType.NATURAL_PERSON)).isZero();
        assertThat(after.total(Table3Row.RESULT_TOTAL)).isEqualTo(4);

        // GI-06: a department's report is due by 31 January of the next year, on the 督办台
        var deadline = deadlines.find(r.deadlineId()).orElseThrow();
        assertThat(deadline.ruleId()).isEqualTo("GI-06");
        assertThat(deadline.dueDate()).isEqualTo(calendar.dueByRule("GI-06", RuleTerm.AMOUNT, d("2026-01-01"),
                fx.dept(), List.of()).due());
        assertThat(deadline.dueDate().getMonthValue()).isIn(1, 2);

        // the normative documents' cells come from normdocs; the others are missing until entered
        assertThat(r.table2(Table2Cell.NORMDOCS_ISSUED).source()).isEqualTo(CellSource.COMPUTED);
        assertThat(r.missingCells()).contains(Table2Cell.RULES_REPEALED.key(), Table2Cell.LICENSING_DECISIONS.key())
                .doesNotContain(Table2Cell.PENALTY_DECISIONS.key(), Table2Cell.COERCION_DECISIONS.key(),
                        AnnualReport.table4Key(RemedyRoute.DIRECT_SUIT, RemedyOutcome.UPHELD),
                        AnnualReport.table4Key(RemedyRoute.SUIT_AFTER_RECONSIDERATION, RemedyOutcome.PENDING));
        // the 行政处罚 / 行政强制 cells come from enforcement, the suits from litigation
        assertThat(r.table2(Table2Cell.PENALTY_DECISIONS).source()).isEqualTo(CellSource.COMPUTED);
        assertThat(r.table4(RemedyRoute.DIRECT_SUIT, RemedyOutcome.UPHELD).source()).isEqualTo(CellSource.COMPUTED);
        // the reconsideration group comes from the reconsideration module's cases (none against this unit)
        assertThat(r.table4(RemedyRoute.RECONSIDERATION, RemedyOutcome.UPHELD).source()).isEqualTo(CellSource.COMPUTED);
        assertThat(r.table4Total(RemedyRoute.RECONSIDERATION)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> as(fx.clerk(), () -> reports.enterCell(r.id(), new ReportCellRequest(
                Table2Cell.NORMDOCS_ISSUED.key(), BigDecimal.ONE, "手工", null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(fx.clerk(), () -> reports.submit(r.id(), new ReportNoteRequest(null, null))))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("narratives-missing");
        as(fx.clerk(), () -> reports.saveTexts(r.id(), new ReportTextRequest("本年度，本局认真贯彻条例……",
                "一是主动公开的及时性有待提高……", null, null)));
        assertThatThrownBy(() -> as(fx.clerk(), () -> reports.submit(r.id(), new ReportNoteRequest(null, null))))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("cells-missing");
        for (String key : as(fx.clerk(), () -> reports.report(r.id())).missingCells()) {
            as(fx.clerk(), () -> reports.enterCell(r.id(), new ReportCellRequest(key, BigDecimal.ZERO,
                    "本局无规章制定权；复议应诉台账", null)));
        }
        AnnualReport complete = as(fx.clerk(), () -> reports.report(r.id()));
        assertThat(complete.missingCells()).isEmpty();
        assertThat(complete.table2(Table2Cell.RULES_REPEALED).source()).isEqualTo(CellSource.ENTERED);
        assertThat(complete.table2(Table2Cell.RULES_REPEALED).note()).isEqualTo("本局无规章制定权；复议应诉台账");
        assertThat(complete.table2(Table2Cell.RULES_ISSUED).source()).isEqualTo(CellSource.COMPUTED);

        // a record inconsistent with the year (replied in 2025, received in 2026) breaks 一+二=（七）+四: refused, naming the cell
        jdbc.sql("update disclosure_request set received_on = ?, replied_on = ?, reply_reason = 'DISCLOSED', "
                + "status = 'REPLIED' where id = ?").param(d("2026-01-02")).param(d("2025-06-01")).param(dd.id())
                .update();
        assertThatThrownBy(() -> as(fx.clerk(), () -> reports.docx(r.id(), Locale.CHINA)))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("cross-check-failed");
        assertThat(as(fx.clerk(), () -> reports.report(r.id())).failedChecks())
                .extracting(Table3.CheckFailure::cell).contains("4/RESEARCH");
        jdbc.sql("update disclosure_request set received_on = ?, replied_on = null, reply_reason = null, "
                + "status = 'PROCESSING' where id = ?").param(d("2025-03-03")).param(dd.id()).update();

        AnnualReport submitted = as(fx.clerk(), () -> reports.submit(r.id(), new ReportNoteRequest(null, null)));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> as(fx.clerk(), () -> reports.approve(r.id(), new ReportNoteRequest(null, null))))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("same-person");
        AnnualReport published = as(fx.second(), () -> reports.approve(r.id(), new ReportNoteRequest(null, null)));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(d("2026-01-05"));
        assertThat(deadlines.find(r.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);

        byte[] docx = as(fx.clerk(), () -> reports.docx(r.id(), Locale.CHINA));
        assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        mvc.perform(get("/api/v1/public/disclosure/reports/" + r.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.submittedBy").doesNotExist())
                .andExpect(jsonPath("$.table3.cells.NEW.NATURAL_PERSON").value(2));
        mvc.perform(get("/api/v1/public/disclosure/reports/" + r.id() + "/docx")).andExpect(status().isOk());
    }

    @Test
    void anUnpublishedReportIsNotOnThePortalAndAnotherUnitsReportIsNotFound() throws Exception {
        on("2026-01-06");
        AnnualReport r = as(fx.clerk(), () -> reports.open(new ReportRequest(fx.dept(), 2024, ReportKind.DEPARTMENT)));
        mvc.perform(get("/api/v1/public/disclosure/reports/" + r.id())).andExpect(status().isNotFound());
        assertThatThrownBy(() -> as(fx.outsider(), () -> reports.report(r.id())))
                .isInstanceOf(org.fazhi.shared.NotFoundException.class);
        assertThatThrownBy(() -> as(fx.clerk(), () -> reports.open(new ReportRequest(fx.dept(), 2024,
                ReportKind.DEPARTMENT)))).isInstanceOf(InvalidInputException.class);
    }
}
