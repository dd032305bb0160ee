package org.fazhi.signin.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes console sessions past their expiry time from the database (spring_session), once a minute
 * and on one instance at a time: Spring Session's own per-instance clean-up cron is switched off
 * ({@code spring.session.jdbc.cleanup-cron: "-"}), so that N instances do not run the same delete N
 * times. Without database sessions (the shared test context keeps them in the container) there is
 * nothing to clean.
 */
@Component
class SessionCleanup {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

    SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${fazhi.security.session.cleanup-cron:30 * * * * *}")
    @SchedulerLock(name = "units-session-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    void expired() {
        sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
    }
}
