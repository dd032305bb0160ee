package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.json;
import static org.fazhi.units.UnitsFixtures.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An installation from scratch (no demo data, a database of its own): the first administrator, whose
 * password from the environment must be changed at the first sign-in, then the first security
 * administrator and auditor (三员分立, SECURITY.md AC-02, AC-04). The system administrator creates
 * them but never learns their passwords: those go to the server's data folder for the operator. The
 * last holder of each administrator role cannot be disabled.
 */
@FazhiIT(properties = {"spring.datasource.url=jdbc:h2:mem:admin-bootstrap;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=", "fazhi.demo-data=false",
        "fazhi.data-dir=" + AdministratorBootstrapIT.DATA_DIR,
        // the first administrator as the application leaves it, not as other tests want it
        "fazhi.test.admin-ready=false"})
@DisabledIfSystemProperty(named = "fazhi.it.database", matches = "postgresql",
        disabledReason = "a database of its own: the embedded one, in the H2 pass")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorBootstrapIT {

    static final String DATA_DIR = "target/test-data/admin-bootstrap";
    static final Path DATA = Path.of(DATA_DIR);

    /** The data folder starts empty (the context that writes into it starts after this). */
    @BeforeAll
    static void emptyDataFolder() throws IOException {
        if (Files.exists(DATA)) {
            try (var files = Files.walk(DATA)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static final String ADMIN_PASSWORD = "Qz8#Root-Chosen-1";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    UserDirectory directory;

    private long root() {
        return units.findByCode("ROOT").orElseThrow().id();
    }

    private MvcTestResult create(String username, String role) {
        return json(mvc, "POST", "/api/v1/users", admin(), "{\"username\":\"" + username
                + "\",\"displayName\":\"首任\",\"unitId\":" + root() + ",\"administratorRole\":\"" + role + "\"}");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return UnitsFixtures.withBasic(DemoUsers.ADMIN, ADMIN_PASSWORD);
    }

    @Test
    @Order(0)
    void theFirstAdministratorsPasswordFromTheEnvironmentMustBeChangedAtTheFirstSignIn() {
        MvcTestResult blocked = json(mvc, "GET", "/api/v1/units", DemoUsers.as(DemoUsers.ADMIN), null);
        assertThat(blocked.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(blocked)).contains("password-change-required");
        UnitsFixtures.changePassword(mvc, new UnitsFixtures.Account(0, DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD),
                ADMIN_PASSWORD);
        assertThat(json(mvc, "GET", "/api/v1/units", admin(), null).getResponse().getStatus()).isEqualTo(200);
    }

    private static String serverFile(String username) throws IOException {
        Path file = DATA.resolve("admin-activation-" + username + ".txt");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        return Files.readString(file).strip();
    }

    @Test
    @Order(1)
    void theFirstSecurityAdministratorAndAuditorGetTheirPasswordsFromTheOperatorNotFromTheSystemAdministrator()
            throws IOException {
        for (String[] first : new String[][] {{"sec1", "SECURITY_ADMIN"}, {"aud1", "AUDITOR"}}) {
            String username = first[0] + Long.toString(System.nanoTime(), 36);
            MvcTestResult created = create(username, first[1]);
            assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
            assertThat((Boolean) read(created, "$.serverFile")).isTrue();
            assertThat((Object) read(created, "$.password")).isNull();
            String password = serverFile(username);
            assertThat(body(created)).doesNotContain(password);
            // the holder signs in with it and must change it before anything else
            MvcTestResult blocked = json(mvc, "GET", "/api/v1/units", UnitsFixtures.withBasic(username, password), null);
            assertThat(blocked.getResponse().getStatus()).isEqualTo(403);
            assertThat(body(blocked)).contains("password-change-required");
            UnitsFixtures.changePassword(mvc, new UnitsFixtures.Account(0, username, password), "Qz8#First-Holder-3");
        }
        assertThat(create("sec2" + Long.toString(System.nanoTime(), 36), "SECURITY_ADMIN").getResponse().getStatus())
                .as("only the very first is appointed by the system administrator").isEqualTo(409);
    }

    @Test
    @Order(2)
    void theLastHolderOfEachAdministratorRoleCannotBeDisabled() {
        java.util.List<UserSummary> auditors = directory.withRole(java.util.List.of(root()), Role.AUDITOR);
        assertThat(auditors).hasSize(1);
        long auditor = auditors.get(0).id();
        MvcTestResult disable = json(mvc, "PUT", "/api/v1/users/" + auditor, admin(),
                "{\"displayName\":\"首任\",\"unitId\":" + root() + ",\"enabled\":false}");
        assertThat(disable.getResponse().getStatus()).as(body(disable)).isEqualTo(409);
        assertThat(body(disable)).contains("last-administrator");
        assertThat(json(mvc, "PUT", "/api/v1/users/" + auditor, admin(),
                "{\"displayName\":\"首任\",\"unitId\":" + root() + ",\"expiresOn\":\"2000-01-01\"}").getResponse()
                .getStatus()).as("nor given an end date in the past").isEqualTo(409);
        long admin = directory.findByUsername(DemoUsers.ADMIN).orElseThrow().id();
        assertThat(mvc.post().uri("/console/users/" + admin + "/disable")
                .with(UnitsFixtures.withSession(UnitsFixtures.signIn(mvc, DemoUsers.ADMIN, ADMIN_PASSWORD,
                        UnitsFixtures.fromFreshAddress())))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange().getResponse().getRedirectedUrl()).isEqualTo("/console/users/" + admin);
        assertThat(directory.find(auditor).orElseThrow().enabled()).isTrue();
        assertThat(directory.find(admin).orElseThrow().enabled()).isTrue();
    }
}
