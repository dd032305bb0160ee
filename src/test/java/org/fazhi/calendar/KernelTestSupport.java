package org.fazhi.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Helpers for the kernel modules' integration tests: a console session of a demo account (with
 * CSRF), and waiting until the asynchronous deadline recomputation has run.
 */
public final class KernelTestSupport {

    private KernelTestSupport() {
    }

    /** Signs the request in on the console as {@code username} (the real principal, roles and unit). */
    public static RequestPostProcessor console(UserDetailsService users, String username) {
        RequestPostProcessor signedIn = user(users.loadUserByUsername(username));
        RequestPostProcessor token = csrf();
        return request -> token.postProcessRequest(signedIn.postProcessRequest(request));
    }

    /** Waits until every published event has been handled by the deadline recomputation. */
    public static void awaitRecomputation(JdbcClient jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and listener_id like '%DeadlineRecompute%'").query(Long.class).single() == 0);
    }

}
