package org.fazhi.lists;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The module's daily work, once per cluster (ShedLock): close consultation windows whose closing day has passed. */
@Component
class ListsJobs {

    private static final Logger log = LoggerFactory.getLogger(ListsJobs.class);

    private final Lists lists;

    ListsJobs(Lists lists) {
        this.lists = lists;
    }

    @Scheduled(cron = "${fazhi.lists.daily-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "lists-daily", lockAtMostFor = "PT30M")
    void daily() {
        log.info("lists daily: {} consultations closed", lists.closeDue());
    }
}
