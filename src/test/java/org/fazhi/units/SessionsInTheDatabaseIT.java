package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Console sessions in the database (Spring Session JDBC), as production runs them: a context of its
 * own, since the shared test context keeps sessions in the container. A session opened on this
 * instance is in spring_session and is read, with its signed-in user, by another instance's session
 * store on the same database; the session id still changes at sign-in (fixation), sign-out and the
 * 30-minute idle limit still end it, and then its row is gone.
 */
@FazhiIT(properties = {
        // the shared test profile excludes the database session store; this context keeps it (the
        // sessions actuator endpoint, unused, stands in as the excluded auto-configuration)
        "spring.autoconfigure.exclude=org.springframework.boot.session.autoconfigure.SessionsEndpointAutoConfiguration"})
class SessionsInTheDatabaseIT {

    private static final String COOKIE = "SESSION";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    Account account;

    @BeforeEach
    void setUp() {
        account = UnitsFixtures.readyAccount(mvc, units.findByCode("SFX-ZRZY").orElseThrow().id(), "dbsess");
        clock.set(clock.instant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The session store of a second instance: its own repository object on the same database. */
    private JdbcIndexedSessionRepository otherInstance() {
        var repository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        repository.afterPropertiesSet();
        return repository;
    }

    private static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    private Cookie signIn(Cookie before) {
        var request = mvc.post().uri("/login").param("username", account.username())
                .param("password", account.password()).with(csrf())
                .with(UnitsFixtures.fromAddress("127.0.0.1"));
        if (before != null) {
            request = request.cookie(before);
        }
        MvcTestResult r = request.exchange();
        assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error");
        Cookie cookie = r.getResponse().getCookie(COOKIE);
        assertThat(cookie).as("the session cookie of the sign-in").isNotNull();
        return cookie;
    }

    private long rows(String id) {
        return jdbc.sql("select count(*) from spring_session where session_id = ?").param(id).query(Long.class)
                .single();
    }

    @Test
    void aSessionOpenedOnOneInstanceIsReadWithItsUserByAnother() {
        Cookie cookie = signIn(null);
        assertThat(mvc.get().uri("/console/account").cookie(cookie)).hasStatusOk();
        String id = sessionId(cookie);
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?").param(id)
                .query(String.class).single()).isEqualTo(account.username());

        Session there = otherInstance().findById(id);
        assertThat(there).as("the other instance finds the session").isNotNull();
        SecurityContext context = there.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo(account.username());
        assertThat(there.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theSessionIdChangesAtSignInAndTheOldOneIsGone() {
        // a failed attempt opens a session (the page keeps the user name)
        MvcTestResult failed = mvc.post().uri("/login").param("username", account.username())
                .param("password", "wrong-" + account.password()).with(csrf())
                .with(UnitsFixtures.fromAddress("127.0.0.1")).exchange();
        Cookie before = failed.getResponse().getCookie(COOKIE);
        assertThat(before).isNotNull();
        assertThat(rows(sessionId(before))).isEqualTo(1);

        Cookie after = signIn(before);
        assertThat(sessionId(after)).isNotEqualTo(sessionId(before));
        assertThat(rows(sessionId(before))).isZero();
        assertThat(rows(sessionId(after))).isEqualTo(1);
    }

    @Test
    void signingOutRemovesTheSessionFromTheDatabase() {
        Cookie cookie = signIn(null);
        assertThat(mvc.post().uri("/logout").cookie(cookie).with(csrf())).hasRedirectedUrl("/login?logout");
        assertThat(rows(sessionId(cookie))).isZero();
        assertThat(mvc.get().uri("/console/account").cookie(cookie)).hasStatus3xxRedirection();
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequest() {
        Cookie cookie = signIn(null);
        assertThat(mvc.get().uri("/console/account").cookie(cookie)).hasStatusOk();
        clock.advance(Duration.ofMinutes(29));
        assertThat(mvc.get().uri("/console/account").cookie(cookie)).hasStatusOk();
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(mvc.get().uri("/console/account").cookie(cookie)).hasRedirectedUrl("/login?expired");
        assertThat(rows(sessionId(cookie))).isZero();
    }
}
