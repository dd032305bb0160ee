package org.fazhi.decisions;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's daily work, once per cluster (ShedLock): close the public consultation of drafts whose
 * closing day has passed (the window ran to the end of that day). Overdue hearing materials and
 * milestones are the deadlines register's daily scan (they are on the 督办台).
 */
@Component
class DecisionsJobs {

    private static final Logger log = LoggerFactory.getLogger(DecisionsJobs.class);

    private final MajorDecisions decisions;
    private final Clock clock;

    DecisionsJobs(MajorDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.decisions.daily-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "decisions-daily", lockAtMostFor = "PT30M")
    void daily() {
        int closed = decisions.closeDueConsultations(LocalDate.now(clock));
        log.info("decisions daily: {} consultations closed", closed);
    }
}
