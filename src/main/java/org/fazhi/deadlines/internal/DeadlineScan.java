package org.fazhi.deadlines.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.DeadlineOverdue;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.inbox.Inbox;
import org.fazhi.units.Role;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily scan (one instance runs it, under ShedLock): running deadlines past due become
 * OVERDUE, announce {@link DeadlineOverdue} and remind their assignee (or else the owner unit's
 * staff) once; deadlines due within {@code fazhi.deadlines.due-soon-working-days} working days get
 * one "due soon" reminder.
 */
@Component
class DeadlineScan {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);

    /** What one scan did. */
    record Result(int overdue, int dueSoon) {
    }

    private final DeadlineStore store;
    private final WorkingCalendar calendar;
    private final Inbox inbox;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final DeadlineLabels labels;
    private final int dueSoonWorkingDays;

    DeadlineScan(DeadlineStore store, WorkingCalendar calendar, Inbox inbox, UserDirectory users,
            ApplicationEventPublisher events, AuditLog audit, Clock clock, DeadlineLabels labels,
            @Value("${fazhi.deadlines.due-soon-working-days:3}") int dueSoonWorkingDays) {
        this.labels = labels;
        this.store = store;
        this.calendar = calendar;
        this.inbox = inbox;
        this.users = users;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.dueSoonWorkingDays = Math.max(0, Math.min(30, dueSoonWorkingDays));
    }

    @Scheduled(cron = "${fazhi.deadlines.scan-cron}", zone = "${fazhi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "deadlines-daily-scan", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        Result r = scan();
        log.info("Deadline scan: {} newly overdue, {} due soon", r.overdue(), r.dueSoon());
    }

    /** Runs the scan for the clock's today (tests call it directly with the test clock). */
    @Transactional
    public Result scan() {
        LocalDate today = LocalDate.now(clock);
        int overdue = 0;
        for (DeadlineRow row : store.newlyOverdue(today)) {
            DeadlineRow after = row.withStatus(DeadlineStatus.OVERDUE).notified(row.dueSoonNotified(), true);
            store.update(after);
            if (row.status() != DeadlineStatus.OVERDUE) {
                audit.changed(DeadlineRegister.ENTITY, row.id(), "overdue", Map.of("status", row.status().name()),
                        Map.of("status", DeadlineStatus.OVERDUE.name(), "dueDate", row.dueDate().toString()));
            }
            events.publishEvent(new DeadlineOverdue(row.id(), row.module(), row.subjectType(), row.subjectId(),
                    row.ownerUnitId()));
            remind(row, "deadlines.reminder.overdue");
            overdue++;
        }
        int dueSoon = 0;
        LocalDate horizon = today.plusDays(dueSoonWorkingDays * 3L + 14);
        for (DeadlineRow row : store.dueBetween(today, horizon)) {
            if (calendar.workingDaysBetween(today, row.dueDate()) > dueSoonWorkingDays) {
                continue;
            }
            store.update(row.notified(true, row.overdueNotified()));
            remind(row, "deadlines.reminder.due-soon");
            dueSoon++;
        }
        return new Result(overdue, dueSoon);
    }

    private void remind(DeadlineRow row, String key) {
        inbox.send(recipients(row, users), key,
                List.of(row.subjectTitle(), labels.label(row), row.dueDate().toString()),
                "/console/deadlines/" + row.id());
    }

    /** The assignee if there is an enabled one, else every enabled staff member of the owner unit. */
    static Set<Long> recipients(DeadlineRow row, UserDirectory users) {
        Set<Long> ids = new LinkedHashSet<>();
        if (row.assigneeUserId() != null) {
            users.find(row.assigneeUserId()).filter(UserSummary::enabled).ifPresent(u -> ids.add(u.id()));
        }
        if (ids.isEmpty()) {
            ids.addAll(unitStaff(row.ownerUnitId(), users));
        }
        return ids;
    }

    static Set<Long> unitStaff(Long unitId, UserDirectory users) {
        Set<Long> ids = new LinkedHashSet<>();
        if (unitId == null) {
            return ids;
        }
        for (Role role : Role.businessRoles()) {
            users.withRole(List.of(unitId), role).forEach(u -> ids.add(u.id()));
        }
        return ids;
    }
}
