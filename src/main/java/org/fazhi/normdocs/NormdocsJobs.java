package org.fazhi.normdocs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's daily work, once per cluster (ShedLock): close consultation windows whose closing
 * date has come, and move documents whose validity period ended to 已失效.
 */
@Component
class NormdocsJobs {

    private static final Logger log = LoggerFactory.getLogger(NormdocsJobs.class);

    private final Consultations consultations;
    private final Cleanups cleanups;

    NormdocsJobs(Consultations consultations, Cleanups cleanups) {
        this.consultations = consultations;
        this.cleanups = cleanups;
    }

    @Scheduled(cron = "${fazhi.normdocs.daily-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "normdocs-daily", lockAtMostFor = "PT30M")
    void daily() {
        int closed = consultations.closeDue();
        int expired = cleanups.expireLapsed();
        log.info("normdocs daily: {} consultations closed, {} documents expired", closed, expired);
    }
}
