package org.fazhi.enforcement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's daily work, once per cluster (ShedLock): every active agency carries the duty to publish
 * the current year's statistics by 31 January after it (TS-02, on the 督办台) — on the first day of a
 * year the new year's duties are opened. Overdue decisions and publications need no job here: their
 * deadlines are tracked and flagged by the deadlines scan.
 */
@Component
class EnforcementJobs {

    private static final Logger log = LoggerFactory.getLogger(EnforcementJobs.class);

    private final EnforcementStatistics statistics;

    EnforcementJobs(EnforcementStatistics statistics) {
        this.statistics = statistics;
    }

    @Scheduled(cron = "${fazhi.enforcement.daily-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "enforcement-daily", lockAtMostFor = "PT30M")
    void daily() {
        log.info("enforcement daily: {} statistics duties opened", statistics.openDuties());
    }
}
