package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.console;
import static org.fazhi.units.UnitsFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Bad input on every units, users and account endpoint (malformed JSON, wrong types, huge strings,
 * unknown fields, bad paging and ids) answers a 4xx RFC 9457 problem and stores nothing; console
 * forms answer with the form and its messages. Never a 500.
 */
@FazhiIT
class BadInputIT {

    static final String HUGE = "长".repeat(100_000);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    long township;
    Account target;
    String marker;

    record Case(String method, String uri, String user, String body) {
    }

    @BeforeEach
    void setUp() {
        township = units.findByCode("SFX-DH").orElseThrow().id();
        target = UnitsFixtures.createdAccount(mvc, township, "bad");
        marker = unique("BAD");
    }

    private List<String> bodies(String valid, String hugeField, String wrongType) {
        List<String> list = new ArrayList<>();
        list.add(valid.substring(0, valid.length() - 5));
        list.add("not json at all");
        list.add("");
        list.add("[]");
        list.add(wrongType);
        String huge = valid.replace("\"" + hugeField + "\":\"", "\"" + hugeField + "\":\"" + HUGE);
        if (!huge.equals(valid)) {
            list.add(huge);
        }
        list.add(valid.substring(0, valid.length() - 1) + ",\"isAdministrator\":true}");
        list.add(valid.substring(0, valid.length() - 1) + ",\"" + HUGE.substring(0, 500) + "\":1}");
        return list;
    }

    private void expectProblems(List<Case> cases) {
        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            MvcTestResult r = UnitsFixtures.json(mvc, c.method(), c.uri(), as(c.user()), c.body());
            int status = r.getResponse().getStatus();
            String label = c.method() + " " + c.uri() + " " + abbreviate(c.body()) + " -> " + abbreviate(body(r));
            soft.assertThat(status).as(label).isBetween(400, 499);
            soft.assertThat(r.getResponse().getContentType()).as(label).contains("application/problem+json");
        }
        soft.assertAll();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    @Test
    void unitEndpointsRefuseBadBodies() {
        String valid = "{\"parentId\":" + township + ",\"code\":\"" + marker + "\",\"name\":\"" + marker
                + "\",\"kind\":\"OTHER\",\"level\":\"VILLAGE\",\"sortOrder\":1}";
        List<Case> cases = new ArrayList<>();
        List<String> bad = new ArrayList<>(bodies(valid, "name", valid.replace("\"sortOrder\":1", "\"sortOrder\":\"many\"")));
        bad.add(valid.replace("\"kind\":\"OTHER\"", "\"kind\":\"CASTLE\""));
        bad.add(valid.replace("\"parentId\":" + township, "\"parentId\":\"abc\""));
        bad.add(valid.replace("\"parentId\":" + township, "\"parentId\":99999999999999999999999"));
        bad.add(valid.replace("\"sortOrder\":1", "\"sortOrder\":-5"));
        bad.add(valid.replace("\"sortOrder\":1", "\"sortOrder\":1.5e40"));
        bad.add(valid.replace("\"code\":\"" + marker + "\"", "\"code\":\"" + HUGE + "\""));
        bad.add(valid.replace("\"code\":\"" + marker + "\"", "\"code\":\"有 空格\""));
        bad.add(valid.replace("\"name\":\"" + marker + "\"", "\"name\":\"   \""));
        bad.add(valid.replace("\"parentId\":" + township, "\"parentId\":-3"));
        bad.add(valid.replace("\"parentId\":" + township + ",", ""));
        bad.forEach(b -> cases.add(new Case("POST", "/api/v1/units", "admin", b)));
        bad.forEach(b -> cases.add(new Case("PUT", "/api/v1/units/" + township, "admin", b)));
        expectProblems(cases);
        assertThat(units.findByCode(marker)).isEmpty();
        assertThat(units.find(township).orElseThrow().name()).isEqualTo("东湖镇人民政府");
    }

    @Test
    void userEndpointsRefuseBadBodies() {
        String create = "{\"username\":\"" + marker.toLowerCase() + "\",\"displayName\":\"" + marker + "\",\"unitId\":"
                + township + ",\"phone\":\"13800001234\"}";
        List<Case> cases = new ArrayList<>();
        List<String> creates = new ArrayList<>(bodies(create, "displayName", create.replace("\"unitId\":" + township,
                "\"unitId\":true")));
        creates.add(create.replace("\"phone\":\"13800001234\"", "\"phone\":\"" + "1".repeat(100_000) + "\""));
        creates.add(create.replace("\"phone\":\"13800001234\"", "\"phone\":\"call me\""));
        creates.add(create.replace("\"username\":\"" + marker.toLowerCase() + "\"", "\"username\":\"9lives\""));
        creates.add(create.replace("\"username\":\"" + marker.toLowerCase() + "\"", "\"username\":\"" + HUGE + "\""));
        creates.add(create.replace("}", ",\"administratorRole\":\"EMPEROR\"}"));
        creates.add(create.replace("}", ",\"expiresOn\":\"next tuesday\"}"));
        creates.add(create.replace("}", ",\"roles\":[\"SYSTEM_ADMIN\"]}"));
        creates.add(create.replace("}", ",\"passwordHash\":\"{noop}x\"}"));
        creates.forEach(b -> cases.add(new Case("POST", "/api/v1/users", "admin", b)));
        String update = "{\"displayName\":\"" + marker + "\",\"unitId\":" + township + "}";
        List<String> updates = new ArrayList<>(bodies(update, "displayName",
                update.replace("\"unitId\":" + township, "\"unitId\":[1]")));
        updates.add(update.replace("}", ",\"username\":\"renamed\"}"));
        updates.add(update.replace("}", ",\"enabled\":\"maybe\"}"));
        updates.forEach(b -> cases.add(new Case("PUT", "/api/v1/users/" + target.id(), "admin", b)));
        String roles = "{\"roles\":[\"DRAFTER\"]}";
        List<String> roleBodies = new ArrayList<>(bodies(roles, "none", "{\"roles\":\"DRAFTER\"}"));
        roleBodies.add("{\"roles\":[\"DRAFTER\",null]}");
        roleBodies.add("{\"roles\":null}");
        roleBodies.add("{\"roles\":[\"OVERLORD\"]}");
        roleBodies.add("{\"roles\":[\"" + HUGE + "\"]}");
        roleBodies.add("{}");
        roleBodies.forEach(b -> cases.add(new Case("PUT", "/api/v1/users/" + target.id() + "/roles", "secadmin", b)));
        expectProblems(cases);
        assertThat(jdbc.sql("select count(*) from app_user where username = ? or display_name = ?")
                .params(marker.toLowerCase(), marker).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from user_role where user_id = ?").param(target.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void accountEndpointsRefuseBadBodies() {
        String token = "{\"name\":\"" + marker + "\",\"validDays\":30}";
        List<Case> cases = new ArrayList<>();
        List<String> tokens = new ArrayList<>(bodies(token, "name", token.replace("30", "\"thirty\"")));
        tokens.add(token.replace("30", "0"));
        tokens.add(token.replace("30", "367"));
        tokens.add(token.replace("30", "99999999999999"));
        tokens.add("{\"name\":\"" + marker + "\",\"scopes\":[\"nonsense:read\"]}");
        tokens.add("{\"name\":\"" + marker + "\",\"validHours\":0}");
        tokens.forEach(b -> cases.add(new Case("POST", "/api/v1/account/tokens", "fzb", b)));
        String password = "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}";
        bodies(password, "newPassword", "{\"currentPassword\":1,\"newPassword\":[]}")
                .forEach(b -> cases.add(new Case("PUT", "/api/v1/account/password", "fzb", b)));
        cases.add(new Case("DELETE", "/api/v1/account/tokens/abc", "fzb", null));
        cases.add(new Case("DELETE", "/api/v1/account/tokens/-1", "fzb", null));
        expectProblems(cases);
        assertThat(jdbc.sql("select count(*) from api_token where name = ?").param(marker).query(Long.class).single())
                .isZero();
        assertThat(UnitsFixtures.json(mvc, "GET", "/api/v1/account", as("fzb"), null).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void badPagingFiltersAndIdsAreRefused() {
        List<Case> cases = new ArrayList<>();
        for (String base : List.of("/api/v1/units", "/api/v1/users")) {
            for (String query : List.of("?page=-1", "?size=0", "?size=100000", "?page=abc", "?size=1e3",
                    "?page=99999999999999999999")) {
                cases.add(new Case("GET", base + query, "fzb", null));
            }
            cases.add(new Case("GET", base + "/abc", "fzb", null));
            cases.add(new Case("GET", base + "/99999999999999999999", "fzb", null));
            cases.add(new Case("GET", base + "/-7", "fzb", null));
        }
        cases.add(new Case("GET", "/api/v1/units?q=" + "x".repeat(5000), "fzb", null));
        cases.add(new Case("GET", "/api/v1/users?q=" + "x".repeat(5000), "fzb", null));
        cases.add(new Case("GET", "/api/v1/units?rootId=zero", "fzb", null));
        cases.add(new Case("GET", "/api/v1/users?unitId=-1", "fzb", null));
        cases.add(new Case("POST", "/api/v1/users/abc/password-reset", "admin", null));
        cases.add(new Case("POST", "/api/v1/users/99999999999999999999/unlock", "admin", null));
        cases.add(new Case("PUT", "/api/v1/users/xyz/roles", "secadmin", "{\"roles\":[]}"));
        expectProblems(cases);
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsRefused() {
        MvcTestResult r = mvc.post().uri("/api/v1/units").with(as("admin")).contentType(MediaType.TEXT_PLAIN)
                .content("code=" + marker).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(415);
        assertThat(r.getResponse().getContentType()).contains("application/problem+json");
        assertThat(units.findByCode(marker)).isEmpty();
    }

    @Test
    void consoleFormsShowMessagesAndStoreNothing() {
        var admin = console(mvc, "admin");
        assertThat(mvc.post().uri("/console/units?parentId=" + township).with(admin).with(csrf())
                .param("code", marker).param("name", HUGE).param("kind", "CASTLE").param("level", "VILLAGE")
                .param("sortOrder", "many").param("active", "true"))
                .hasStatusOk().bodyText().contains("is-invalid", "格式不正确");
        assertThat(mvc.post().uri("/console/units?parentId=" + township).with(admin).with(csrf())
                .param("code", marker).param("name", "省级村").param("kind", "OTHER").param("level", "PROVINCE")
                .param("sortOrder", "1").param("active", "true"))
                .hasStatusOk().bodyText().contains("不得高于上级单位");
        assertThat(units.findByCode(marker)).isEmpty();
        assertThat(mvc.post().uri("/console/users").with(admin).with(csrf()).param("username", marker.toLowerCase())
                .param("displayName", HUGE).param("unitId", "abc").param("phone", "12").param("expiresOn", "soon"))
                .hasStatusOk().bodyText().contains("手机号码格式不正确", "is-invalid");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(marker.toLowerCase())
                .query(Long.class).single()).isZero();
        assertThat(mvc.post().uri("/console/users/" + target.id()).with(admin).with(csrf())
                .param("displayName", "").param("unitId", String.valueOf(township)))
                .hasStatusOk().bodyText().contains("is-invalid");
        assertThat(mvc.get().uri("/console/users?page=-4").with(admin)).hasStatus(400);
        assertThat(mvc.get().uri("/console/units/abc").with(admin)).hasStatus(400);
        assertThat(mvc.get().uri("/console/units/new").with(admin)).hasStatus(400);
        assertThat(mvc.get().uri("/console/users?q=" + "y".repeat(3000)).with(admin)).hasStatus(400);
    }
}
