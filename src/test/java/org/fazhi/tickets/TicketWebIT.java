package org.fazhi.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.calendar.KernelTestSupport.console;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.SessionContents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The ticket pages in both languages with the complainant masked there, revealed with a reason; the data scope
 * in the console and the API (another unit's ticket is 404); a console form answering bad input beside the
 * field; and the portal's form, look-up and rating, which never show the complainant's identity.
 */
@FazhiIT
class TicketWebIT extends TicketsTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void thePagesRenderInBothLanguagesWithTheComplainantMaskedAndAnotherUnitGets404() {
        Ticket t = assigned(TicketType.COMPLAINT, "页面测试工单");
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : List.of("/console/tickets", "/console/tickets/" + t.id(), "/console/tickets/exposures",
                    "/tickets/new", "/tickets/track")) {
                assertThat(mvc.get().uri(path + "?lang=" + lang).with(console(users, fx.clerk())))
                        .as(path + " in " + lang).hasStatusOk();
            }
        }
        assertThat(mvc.get().uri("/console/tickets/" + t.id()).with(console(users, fx.clerk()))).hasStatusOk()
                .bodyText().contains("王**", "139****5678").doesNotContain("王小明", "13912345678");
        assertThat(mvc.post().uri("/console/tickets/" + t.id() + "/reveal").param("reason", "回访诉求人")
                .with(console(users, fx.clerk()))).hasStatusOk().bodyText().contains("王小明", "13912345678");
        assertThat(mvc.get().uri("/console/tickets/" + t.id()).with(console(users, fx.outsider()))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/tickets/" + t.id()).with(fx.basic(fx.outsider()))).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/tickets/" + t.id() + "/reply").with(fx.basic(fx.outsider()))
                .contentType("application/json").content("{\"text\":\"越权答复\",\"on\":\"" + today() + "\"}"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/tickets/" + t.id()).with(fx.basic(fx.clerk()))).hasStatusOk()
                .bodyText().contains("139****5678").doesNotContain("13912345678");
    }

    @Test
    void dc03TheListExportIsReadBackWithTheComplainantMaskedNoIdentifierInTheTitleTheScopeKeptAndTheExportAudited()
            throws Exception {
        Ticket t = assigned(TicketType.COMPLAINT, "导出测试工单，来电人13700001234");
        long before = exports(Ticket.SUBJECT.name());
        List<String> cells = cells(mvc.get().uri("/console/tickets/export").with(console(users, fx.clerk()))
                .exchange());
        assertThat(cells).contains("工单编号", "诉求人", t.receiptNo(), "王**", "139****5678", "投诉举报", "办理中")
                .anySatisfy(c -> assertThat(c).startsWith("导出测试工单").contains("[已隐去]"))
                .noneSatisfy(c -> assertThat(c).containsAnyOf("王小明", "13912345678", "13700001234"));
        assertThat(exports(Ticket.SUBJECT.name())).as("the export is audited").isEqualTo(before + 1);
        assertThat(cells(mvc.get().uri("/console/tickets/export?status=CLOSED").with(console(users, fx.clerk()))
                .exchange())).as("the status filtered on").doesNotContain(t.receiptNo());
        assertThat(cells(mvc.get().uri("/console/tickets/export").with(console(users, fx.outsider())).exchange()))
                .as("another unit's ticket is not exported").doesNotContain(t.receiptNo());
    }

    /** Every cell of the first sheet of a spreadsheet download, read back with POI. */
    static List<String> cells(org.springframework.test.web.servlet.assertj.MvcTestResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo(org.fazhi.shared.excel.SpreadsheetDownload.TYPE);
        List<String> cells = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        return cells;
    }

    private long exports(String entityType) {
        return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = 'list'"
                + " and action = 'export'").param(entityType).query(Long.class).single();
    }

    @Test
    void anIntakeFormWithoutAPhoneIsAnsweredBesideTheField() {
        assertThat(mvc.post().uri("/console/tickets").param("type", "COMPLAINT").param("title", "无电话")
                .param("description", "内容").param("complainantName", "李四").param("complainantPhone", "")
                .with(console(users, TicketsFixture.DISPATCHER))).hasStatusOk().bodyText()
                .contains("error-summary", "联系电话");
    }

    @Test
    void theComplainantFilesOnThePortalTracksAndRatesWithoutSeeingAnyIdentity() {
        var filed = mvc.post().uri("/tickets/new").with(r -> {
            r.setRemoteAddr("10.11.0.1");
            return r;
        }).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("type", "HELP").param("title", "门户求助").param("description", "请告知办事地点")
                .param("complainantName", "赵六").param("complainantPhone", "13700000000").exchange();
        assertThat(filed).hasStatus3xxRedirection();
        FiledTicket sealed = (FiledTicket) filed.getMvcResult().getFlashMap().get("receipt");
        // the receipt page opens the code sealed in the session (which may be kept in the database), once
        var session = (org.springframework.mock.web.MockHttpSession) filed.getMvcResult().getRequest().getSession();
        String code = SessionContents.receiptCode(body(mvc.get().uri("/tickets/receipt").session(session).exchange()));
        assertThat(sealed.queryCode()).startsWith("ENC1:").doesNotContain(code);
        assertThat(SessionContents.serialised(session)).as("no plain code where the session is stored")
                .doesNotContain(code);
        assertThat(mvc.get().uri("/tickets/receipt").session(session)).hasRedirectedUrl("/tickets/track");
        FiledTicket f = new FiledTicket(sealed.id(), sealed.receiptNo(), code, sealed.receivedOn());
        assertThat(f.receiptNo()).startsWith("GD");
        as(TicketsFixture.DISPATCHER, () -> tickets.assign(f.id(),
                new TicketAssignmentRequest(TicketType.HELP, fx.dept(), null)));
        as(fx.clerk(), () -> tickets.reply(f.id(), new TicketReplyRequest("办事地点在政务中心，电话13912345678。",
                today(), null)));
        assertThat(mvc.post().uri("/tickets/track").with(r -> {
            r.setRemoteAddr("10.11.0.1");
            return r;
        }).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("no", f.receiptNo()).param("code", "000000x")).hasStatus(404);
        assertThat(mvc.post().uri("/tickets/track").with(r -> {
            r.setRemoteAddr("10.11.0.1");
            return r;
        }).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("no", f.receiptNo()).param("code", f.queryCode())).hasStatusOk().bodyText()
                .contains("政务中心", "[已隐去]").doesNotContain("赵六", "13700000000", "13912345678");
        assertThat(mvc.post().uri("/tickets/track/rating").with(r -> {
            r.setRemoteAddr("10.11.0.1");
            return r;
        }).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("no", f.receiptNo()).param("code", f.queryCode()).param("satisfaction", "SATISFIED"))
                .hasStatusOk().bodyText().contains("track-done");
        assertThat(ticket(f.id()).status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(jdbc.sql("select changes from audit_event where entity_type = ? and entity_id = ?")
                .param(Ticket.SUBJECT.name()).param(String.valueOf(f.id())).query(String.class).list())
                .as("the rating recorded as the complainant's own, not as a staff callback")
                .anySatisfy(c -> assertThat(c).contains("SATISFIED", "complainant"));
        assertThat(ticket(f.id()).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    void open311ListsTheServicesAcceptsARequestAndAnswersItsStatusWithoutPersonalData() throws Exception {
        for (String path : List.of("/api/v1/open311/services", "/api/v1/open311/services.json")) {
            var services = mvc.get().uri(path).exchange();
            assertThat(services).hasStatusOk();
            String body = services.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(JsonPath.<List<String>>read(body, "$[*].service_code"))
                    .containsExactly("complaint", "help", "suggestion", "petition");
            assertThat(JsonPath.<String>read(body, "$[0].service_name")).isNotBlank();
            assertThat(body).contains("\"description\"", "\"group\"", "\"keywords\"");
        }
        var posted = mvc.post().uri("/api/v1/open311/requests.json").with(r -> {
            r.setRemoteAddr("10.11.0.2");
            return r;
        }).contentType("application/json").content("""
                {"service_code": "complaint", "description": "路灯损坏，夜间出行不便", "address_string": "示范县文化路",
                 "first_name": "明", "last_name": "钱", "phone": "13600000000"}""").exchange();
        assertThat(posted).hasStatus(201);
        String receipt = JsonPath.read(posted.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8), "$[0].service_request_id");
        for (String path : List.of("/api/v1/open311/requests/" + receipt, "/api/v1/open311/requests/" + receipt
                + ".json")) {
            var status = mvc.get().uri(path).exchange();
            assertThat(status).hasStatusOk();
            String body = status.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(JsonPath.<String>read(body, "$[0].service_request_id")).isEqualTo(receipt);
            assertThat(JsonPath.<String>read(body, "$[0].status")).isEqualTo("open");
            assertThat(JsonPath.<String>read(body, "$[0].service_code")).isEqualTo("complaint");
            assertThat(body).contains("\"status_notes\"", "\"agency_responsible\"", "\"requested_datetime\"",
                    "\"updated_datetime\"", "\"expected_datetime\"")
                    .doesNotContain("钱明", "13600000000", "路灯损坏");
        }
        assertThat(mvc.get().uri("/api/v1/open311/requests/GD2026-NOSUCH").exchange()).hasStatus(404);
    }

    @Test
    void open311RefusesBadInputWithAProblemAndStoresNothing() {
        long before = count();
        for (String body : List.of(
                "{\"service_code\":\"parking\",\"description\":\"x\",\"first_name\":\"a\",\"phone\":\"13600000000\"}",
                "{\"service_code\":\"help\",\"description\":\"x\",\"first_name\":\"a\"}",
                "{\"service_code\":\"help\",\"description\":\"x\",\"first_name\":\"a\",\"phone\":\"13600000000\","
                        + "\"email\":\"a@b.c\"}",
                "{\"service_code\":\"help\",\"description\":[1],\"first_name\":\"a\",\"phone\":\"13600000000\"}",
                "not json")) {
            var r = mvc.post().uri("/api/v1/open311/requests").with(x -> {
                x.setRemoteAddr("10.11.0.3");
                return x;
            }).contentType("application/json").content(body).exchange();
            assertThat(r).as(body).hasStatus4xxClientError();
            assertThat(r.getResponse().getContentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void open311FromAServiceAccountIsRecordedAsTheSendingSystemAndNotLimited() throws Exception {
        var accounts = ctx.getBean(org.fazhi.units.UserAccounts.class);
        String name = "hotline" + fx.tag().toLowerCase();
        var account = as("admin", () -> accounts.createServiceAccount(new org.fazhi.units.UserAccounts.ServiceAccountDraft(
                name, "12345热线系统", fx.dept(), null)));
        as("secadmin", () -> accounts.grantRoles(account.id(), java.util.EnumSet.of(org.fazhi.units.Role.DRAFTER)));
        var token = as("secadmin", () -> ctx.getBean(org.fazhi.signin.ApiTokens.class).issueForServiceAccount(
                account.id(), "open311", java.time.Duration.ofDays(30), List.of("open311:write")));
        String receipt = null;
        for (int i = 0; i < 7; i++) {
            var r = mvc.post().uri("/api/v1/open311/requests").with(x -> {
                x.setRemoteAddr("10.11.0.4");
                return x;
            }).header("Authorization", "Bearer " + token.token()).contentType("application/json").content(
                    "{\"service_code\":\"suggestion\",\"description\":\"建议增设公交站\",\"first_name\":\"孙\","
                            + "\"phone\":\"13600000001\"}").exchange();
            assertThat(r).as("request " + i).hasStatus(201);
            receipt = JsonPath.read(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
                    "$[0].service_request_id");
        }
        String system = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select source_system from ticket where receipt_no = ?").param(receipt).query(String.class)
                .single();
        assertThat(system).isEqualTo(name);
    }

    private long count() {
        return ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("select count(*) from ticket")
                .query(Long.class).single();
    }
}
