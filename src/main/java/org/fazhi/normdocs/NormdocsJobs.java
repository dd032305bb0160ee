package org.fazhi.normdocs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's daily work, once per cluster (ShedLock): close consultation windows whose closing
 * date has come, move documents whose validity period ended to 已失效, and let documents that take
 * effect today amend, replace or repeal the earlier ones they name.
 */
@Component
class NormdocsJobs {

    private static final Logger log = LoggerFactory.getLogger(NormdocsJobs.class);

    private final Consultations consultations;
    private final Cleanups cleanups;
    private final Supersessions supersessions;
    private final java.time.Clock clock;

    NormdocsJobs(Consultations consultations, Cleanups cleanups, Supersessions supersessions, java.time.Clock clock) {
        this.consultations = consultations;
        this.cleanups = cleanups;
        this.supersessions = supersessions;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.normdocs.daily-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "normdocs-daily", lockAtMostFor = "PT30M")
    void daily() {
        int closed = consultations.closeDue();
        int expired = cleanups.expireLapsed();
        int superseded = supersessions.applyDue(java.time.LocalDate.now(clock));
        int nearing = cleanups.registerNearExpiry();
        log.info("normdocs daily: {} consultations closed, {} documents expired, {} documents took effect"
                + " over earlier ones, {} near expiry on the 督办台", closed, expired, superseded, nearing);
    }
}
