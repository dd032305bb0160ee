package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.console;
import static org.fazhi.units.UnitsFixtures.read;
import static org.fazhi.units.UnitsFixtures.unique;
import static org.fazhi.units.UnitsFixtures.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Spreadsheet imports are all or nothing: every row is checked first; one bad row stores nothing
 * and is reported by row, column and a Chinese message; a good file stores every row.
 */
@FazhiIT
class ImportIT {

    static final List<String> UNIT_HEADERS = List.of("上级单位代码", "单位代码", "单位名称", "单位类型", "行政层级", "排序");
    static final List<String> USER_HEADERS = List.of("用户名", "姓名", "单位代码", "工号", "手机号码");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    UserDirectory directory;

    private MvcTestResult upload(String uri, byte[] file, RequestPostProcessor who) {
        return mvc.post().uri(uri).multipart().file(new MockMultipartFile("file", "data.xlsx", null, file)).with(who)
                .exchange();
    }

    @Test
    void aUnitFileWithOneBadRowImportsNothingAndReportsTheRow() {
        String a = unique("IMA");
        String b = unique("IMB");
        String c = unique("IMC");
        byte[] file = xlsx(UNIT_HEADERS, List.of(
                List.of("SFX-DH", a, "东湖镇新村民委员会", "村（居）委会", "村级", "5"),
                List.of(a, b, "新村调解委员会", "MEDIATION_COMMITTEE", "VILLAGE", ""),
                List.of(a, c, "新村第三组", "没有这种类型", "村级", "")));
        MvcTestResult r = upload("/api/v1/units/import", file, as("donghu"));
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(422);
        assertThat(read(r, "$.imported").toString()).isEqualTo("0");
        assertThat(read(r, "$.errors[0].row").toString()).isEqualTo("4");
        assertThat(read(r, "$.errors[0].column").toString()).isEqualTo("单位类型");
        assertThat(read(r, "$.errors[0].message").toString()).contains("无法识别单位类型");
        assertThat(units.findByCode(a)).isEmpty();
        assertThat(units.findByCode(b)).isEmpty();
    }

    @Test
    void aGoodUnitFileImportsEveryRowWithParentsFromEarlierRows() {
        String a = unique("IMA");
        String b = unique("IMB");
        byte[] file = xlsx(UNIT_HEADERS, List.of(
                List.of("SFX-DH", a, "东湖镇新建村民委员会", "村（居）委会", "村级", "7"),
                List.of(a, b, "新建村调解委员会", "调解委员会", "VILLAGE", "")));
        MvcTestResult r = upload("/api/v1/units/import", file, as("donghu"));
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat(read(r, "$.imported").toString()).isEqualTo("2");
        Unit parent = units.findByCode(a).orElseThrow();
        Unit child = units.findByCode(b).orElseThrow();
        assertThat(parent.parentId()).isEqualTo(units.findByCode("SFX-DH").orElseThrow().id());
        assertThat(parent.kind()).isEqualTo(UnitKind.VILLAGE_COMMITTEE);
        assertThat(parent.sortOrder()).isEqualTo(7);
        assertThat(child.parentId()).isEqualTo(parent.id());
        assertThat(child.isWithin(parent)).isTrue();
    }

    @Test
    void aUnitRowReportsEveryProblemAndAParentOutsideTheScopeIsUnknown() {
        byte[] file = xlsx(UNIT_HEADERS, List.of(
                List.of("SFX-XS", unique("IMX"), "越权单位", "OTHER", "VILLAGE", ""),
                List.of("SFX-DH", "SFX-DH-QS", "", "OTHER", "省级", "abc"),
                List.of("SFX-DH", "x", "好名字", "OTHER", "VILLAGE", "")));
        MvcTestResult r = upload("/api/v1/units/import", file, as("donghu"));
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        String report = body(r);
        assertThat(report).contains("不存在或不在您的管理范围内", "已被使用", "不是整数", "不得高于上级单位", "单位代码须为");
        assertThat((List<Integer>) read(r, "$.errors[*].row")).contains(2, 3, 4);
    }

    @Test
    void aUserFileWithOneBadRowImportsNothing() {
        String u1 = unique("imu");
        String u2 = unique("imu");
        byte[] file = xlsx(USER_HEADERS, List.of(
                List.of(u1, "赵一", "SFX-DH", "001", "13800001111"),
                List.of(u2, "钱二", "SFX-DH", "", "12345")));
        MvcTestResult r = upload("/api/v1/users/import", file, as("admin"));
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(422);
        assertThat(read(r, "$.errors[0].row").toString()).isEqualTo("3");
        assertThat(read(r, "$.errors[0].column").toString()).isEqualTo("手机号码");
        assertThat(directory.findByUsername(u1)).isEmpty();
    }

    @Test
    void aGoodUserFileCreatesEveryAccountWithoutRolesAndHandsBackThePasswordsOnce() throws Exception {
        String u1 = unique("imu");
        String u2 = unique("imu");
        byte[] file = xlsx(USER_HEADERS, List.of(
                List.of(u1, "孙三", "SFX-DH", "D-01", ""),
                List.of(u2.toUpperCase(), "李四", "SFX-DH-QS", "", "13900002222")));
        MvcTestResult r = upload("/api/v1/users/import", file, as("admin"));
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat(read(r, "$.report.imported").toString()).isEqualTo("2");
        List<Map<String, Object>> accounts = read(r, "$.accounts");
        assertThat(accounts).hasSize(2);
        String password = accounts.get(0).get("password").toString();
        UserSummary first = directory.findByUsername(u1).orElseThrow();
        assertThat(first.roles()).isEmpty();
        assertThat(directory.findByUsername(u2).orElseThrow().unitId())
                .isEqualTo(units.findByCode("SFX-DH-QS").orElseThrow().id());
        MvcTestResult signIn = UnitsFixtures.json(mvc, "GET", "/api/v1/units", UnitsFixtures.withBasic(u1, password), null);
        assertThat(signIn.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(signIn)).contains("password-change-required");
    }

    @Test
    void theUserImportIsForTheSystemAdministratorOnly() {
        byte[] file = xlsx(USER_HEADERS, List.of(List.of(unique("imu"), "周五", "SFX-DH", "", "")));
        assertThat(upload("/api/v1/users/import", file, as("secadmin")).getResponse().getStatus()).isEqualTo(403);
        assertThat(upload("/api/v1/users/import", file, as("donghu")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theSecurityAdministratorImportsRoleGrantsAllOrNothing() {
        long county = units.findByCode("SFX").orElseThrow().id();
        var a = UnitsFixtures.createdAccount(mvc, county, "img");
        var b = UnitsFixtures.createdAccount(mvc, county, "img");
        List<String> headers = List.of("用户名", "角色");
        byte[] bad = xlsx(headers, List.of(List.of(a.username(), "法制审核员、起草经办人员"),
                List.of(b.username(), "审计管理员,领导")));
        MvcTestResult refused = upload("/api/v1/users/role-grants/import", bad, as("secadmin"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("不得兼任业务角色");
        assertThat(directory.find(a.id()).orElseThrow().roles()).isEmpty();
        byte[] good = xlsx(headers, List.of(List.of(a.username(), "法制审核员、起草经办人员"),
                List.of(b.username(), "LEADER")));
        assertThat(upload("/api/v1/users/role-grants/import", good, as("admin")).getResponse().getStatus())
                .isEqualTo(403);
        MvcTestResult ok = upload("/api/v1/users/role-grants/import", good, as("secadmin"));
        assertThat(ok.getResponse().getStatus()).as(body(ok)).isEqualTo(200);
        assertThat(directory.find(a.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEGAL_REVIEWER,
                Role.DRAFTER);
        assertThat(directory.find(b.id()).orElseThrow().roles()).containsExactly(Role.LEADER);
    }

    @Test
    void theConsoleShowsTheRowReportAndTheOneTimePasswordDownload() throws Exception {
        var session = console(mvc, "admin");
        String bad = unique("imu");
        byte[] badFile = xlsx(USER_HEADERS, List.of(List.of(bad, "", "SFX-DH", "", "")));
        assertThat(mvc.post().uri("/console/users/import").multipart()
                .file(new MockMultipartFile("file", "u.xlsx", null, badFile)).with(session).with(csrf()))
                .hasStatusOk().bodyText().contains("import-errors", "姓名");
        String good = unique("imu");
        byte[] goodFile = xlsx(USER_HEADERS, List.of(List.of(good, "吴六", "SFX-DH", "", "")));
        MvcTestResult page = mvc.post().uri("/console/users/import").multipart()
                .file(new MockMultipartFile("file", "u.xlsx", null, goodFile)).with(session).with(csrf()).exchange();
        String html = body(page);
        assertThat(html).contains("import-passwords", good);
        int at = html.indexOf("/console/users/import/result/");
        String link = html.substring(at, html.indexOf('"', at));
        Object waiting = page.getRequest().getSession().getAttribute("fazhi.user-import."
                + link.substring(link.lastIndexOf('/') + 1));
        assertThat(waiting).as("the passwords waiting in the session").isNotNull();
        MvcTestResult download = mvc.get().uri(link).with(session).exchange();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(good);
            String password = wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue();
            assertThat(password).hasSizeGreaterThanOrEqualTo(12);
            assertThat(waiting.toString()).as("sealed while in the session (which may be in the database)")
                    .doesNotContain(password).contains("ENC1:");
        }
        assertThat(mvc.get().uri(link).with(session)).hasStatus(404);
    }

    @Test
    void aFileThatIsNotAWorkbookOrLacksAColumnIsRefusedAsAWhole() {
        MvcTestResult junk = upload("/api/v1/units/import", "not a workbook".getBytes(), as("donghu"));
        assertThat(junk.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(junk)).contains("无法读取文件");
        byte[] missing = xlsx(List.of("单位代码", "单位名称"), List.of(List.of(unique("Q"), "缺列")));
        MvcTestResult header = upload("/api/v1/units/import", missing, as("donghu"));
        assertThat(header.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(header)).contains("缺少列");
        MvcTestResult empty = upload("/api/v1/units/import", xlsx(UNIT_HEADERS, List.of()), as("donghu"));
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void templatesAndExportsAreSpreadsheetsWithTheImportHeaders() throws Exception {
        for (String uri : List.of("/api/v1/units/import/template", "/api/v1/units/export")) {
            MvcTestResult r = mvc.get().uri(uri).with(as("donghu")).exchange();
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            try (var wb = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
                var head = wb.getSheetAt(0).getRow(0);
                assertThat(head.getCell(0).getStringCellValue()).isEqualTo("上级单位代码");
                assertThat(head.getCell(4).getStringCellValue()).isEqualTo("行政层级");
            }
        }
        MvcTestResult users = mvc.get().uri("/console/users/export").with(console(mvc, "donghu")).exchange();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(users.getResponse().getContentAsByteArray()))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("donghu").doesNotContain("xishan", "linxian");
        }
    }
}
