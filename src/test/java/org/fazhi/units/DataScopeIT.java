package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.console;
import static org.fazhi.units.UnitsFixtures.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.stream.Stream;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Data scope: a user sees their own unit's subtree and nothing else, on every page and endpoint;
 * another unit's records answer 404 (never 403), so that they cannot even be probed.
 */
@FazhiIT
class DataScopeIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    UserDirectory directory;

    long xishan;
    long xishanVillage;
    long linxian;
    long donghu;
    long xishanUser;
    long linxianUser;

    @BeforeEach
    void lookUp() {
        xishan = units.findByCode("SFX-XS").orElseThrow().id();
        xishanVillage = units.findByCode("SFX-XS-SL").orElseThrow().id();
        linxian = units.findByCode("LX").orElseThrow().id();
        donghu = units.findByCode("SFX-DH").orElseThrow().id();
        xishanUser = directory.findByUsername("xishan").orElseThrow().id();
        linxianUser = directory.findByUsername("linxian").orElseThrow().id();
    }

    static Stream<Arguments> outsiders() {
        return Stream.of(Arguments.of("xishan-unit"), Arguments.of("xishan-village"), Arguments.of("linxian-unit"));
    }

    private long unit(String which) {
        return switch (which) {
            case "xishan-unit" -> xishan;
            case "xishan-village" -> xishanVillage;
            default -> linxian;
        };
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void aTownshipUserCannotReachAnotherTownshipsOrCountysUnitThroughAnyPage(String which) {
        long id = unit(which);
        var donghuConsole = console(mvc, "donghu");
        for (String uri : List.of("/console/units/" + id, "/console/units/" + id + "/edit",
                "/console/units/new?parentId=" + id, "/console/users?unitId=" + id)) {
            assertThat(mvc.get().uri(uri).with(donghuConsole)).as(uri).hasStatus(404);
        }
        assertThat(mvc.post().uri("/console/units/" + id).with(donghuConsole).with(csrf())
                .param("code", UnitsFixtures.unique("X")).param("name", "改名").param("kind", "TOWNSHIP")
                .param("level", "TOWNSHIP").param("sortOrder", "1").param("active", "true")).hasStatus(404);
        assertThat(mvc.post().uri("/console/units?parentId=" + id).with(donghuConsole).with(csrf())
                .param("code", UnitsFixtures.unique("X")).param("name", "新单位").param("kind", "OTHER")
                .param("level", "VILLAGE").param("sortOrder", "1")).hasStatus(404);
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void aTownshipUserCannotReachAnotherTownshipsOrCountysUnitThroughTheApi(String which) {
        long id = unit(which);
        assertThat(json(mvc, "GET", "/api/v1/units/" + id, as("donghu"), null).getResponse().getStatus()).isEqualTo(404);
        assertThat(json(mvc, "GET", "/api/v1/units?rootId=" + id, as("donghu"), null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(json(mvc, "GET", "/api/v1/users?unitId=" + id, as("donghu"), null).getResponse().getStatus())
                .isEqualTo(404);
        MvcTestResult put = json(mvc, "PUT", "/api/v1/units/" + id, as("donghu"),
                "{\"code\":\"" + UnitsFixtures.unique("X") + "\",\"name\":\"改名\",\"kind\":\"TOWNSHIP\",\"level\":\"TOWNSHIP\"}");
        assertThat(put.getResponse().getStatus()).as(body(put)).isEqualTo(404);
        MvcTestResult post = json(mvc, "POST", "/api/v1/units", as("donghu"), "{\"parentId\":" + id + ",\"code\":\""
                + UnitsFixtures.unique("X") + "\",\"name\":\"新单位\",\"kind\":\"OTHER\",\"level\":\"VILLAGE\"}");
        assertThat(post.getResponse().getStatus()).as(body(post)).isEqualTo(404);
        assertThat(units.find(id).orElseThrow().name()).isNotEqualTo("改名");
    }

    @Test
    void aTownshipUserCannotReadAnotherTownshipsOrCountysUsers() {
        var donghuConsole = console(mvc, "donghu");
        for (long user : List.of(xishanUser, linxianUser)) {
            assertThat(mvc.get().uri("/console/users/" + user).with(donghuConsole)).hasStatus(404);
            assertThat(json(mvc, "GET", "/api/v1/users/" + user, as("donghu"), null).getResponse().getStatus())
                    .isEqualTo(404);
        }
    }

    @Test
    void listsShowOnlyTheOwnSubtree() {
        assertThat(body(json(mvc, "GET", "/api/v1/units?q=SFX-DH-QS", as("donghu"), null))).contains("SFX-DH-QS");
        for (String other : List.of("SFX-XS", "LX", "SFX-SFJ", "SFX")) {
            MvcTestResult r = json(mvc, "GET", "/api/v1/units?q=" + other + "&size=200", as("donghu"), null);
            assertThat(body(r)).as(other).doesNotContain("\"code\":\"" + other + "\"");
        }
        assertThat(body(json(mvc, "GET", "/api/v1/users?q=donghu", as("donghu"), null))).contains("\"donghu\"");
        for (String other : List.of("xishan", "linxian", "fzb")) {
            assertThat(UnitsFixtures.<Integer>read(json(mvc, "GET", "/api/v1/users?q=" + other, as("donghu"), null),
                    "$.total")).as(other).isZero();
        }
        var donghuConsole = console(mvc, "donghu");
        assertThat(mvc.get().uri("/console/units").with(donghuConsole)).hasStatusOk().bodyText()
                .contains("东湖镇人民政府").doesNotContain("西山乡", "邻县");
        assertThat(mvc.get().uri("/console/users?q=donghu").with(donghuConsole)).hasStatusOk().bodyText()
                .contains("donghu");
        assertThat(mvc.get().uri("/console/users?q=xishan").with(donghuConsole)).hasStatusOk().bodyText()
                .doesNotContain("白和睦");
        assertThat(mvc.get().uri("/console/units/" + donghu).with(donghuConsole)).hasStatusOk().bodyText()
                .doesNotContain("示范县人民政府");
    }

    @Test
    void theCountyUserSeesBothTownshipsButNotTheNeighbouringCounty() {
        assertThat(json(mvc, "GET", "/api/v1/units/" + xishan, as("fzb"), null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(json(mvc, "GET", "/api/v1/units/" + donghu, as("fzb"), null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(json(mvc, "GET", "/api/v1/users/" + xishanUser, as("fzb"), null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.get().uri("/console/units").with(console(mvc, "fzb"))).hasStatusOk().bodyText()
                .contains("东湖镇人民政府", "西山乡人民政府").doesNotContain("邻县");
        assertThat(json(mvc, "GET", "/api/v1/units/" + linxian, as("fzb"), null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(json(mvc, "GET", "/api/v1/users/" + linxianUser, as("fzb"), null).getResponse().getStatus())
                .isEqualTo(404);
    }
}
