package org.fazhi.review.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.units.Units;
import org.fazhi.units.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * How the desk reads a request: its clock in working days on the official calendar (received,
 * earliest conclusion, due, days left or overdue) and the names of the units and people on it.
 */
@Component
class ReviewViews {

    /**
     * The clock of a request: {@code workingDaysLeft} until the due date (0 on the due date),
     * {@code overdueBy} working days past it, {@code beforeMinimum} while an earlier conclusion needs
     * a reason.
     */
    public record ReviewClock(LocalDate receivedOn, LocalDate earliestConclusion, LocalDate dueOn,
            Integer workingDaysLeft, int overdueBy, boolean overdue, boolean paused, boolean beforeMinimum) {
    }

    /** A request with its clock and names, as lists and the API show it. */
    public record RequestView(LegalityReview request, ReviewClock clock, String submittingUnit, String decidingUnit,
            String deskUnit, String submittedBy, String reviewer) {
    }

    private final WorkingCalendar calendar;
    private final Units units;
    private final UserDirectory users;
    private final Clock clock;

    ReviewViews(WorkingCalendar calendar, Units units, UserDirectory users, Clock clock) {
        this.calendar = calendar;
        this.units = units;
        this.users = users;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ReviewClock clock(LegalityReview r) {
        LocalDate today = today();
        LocalDate due = r.dueOn();
        boolean open = r.status().isOpen();
        Integer left = null;
        int overdueBy = 0;
        boolean overdue = false;
        if (due != null && open) {
            if (today.isAfter(due)) {
                overdue = true;
                overdueBy = calendar.workingDaysBetween(due, today);
            } else {
                left = calendar.workingDaysBetween(today, due);
            }
        } else if (due != null && r.concludedOn() != null && r.concludedOn().isAfter(due)) {
            overdue = true;
            overdueBy = calendar.workingDaysBetween(due, r.concludedOn());
        }
        boolean beforeMinimum = open && r.earliestConclusion() != null && today.isBefore(r.earliestConclusion());
        return new ReviewClock(r.receivedOn(), r.earliestConclusion(), due, left, overdueBy, overdue,
                r.status() == ReviewStatus.AWAITING_MATERIALS, beforeMinimum);
    }

    List<RequestView> views(List<LegalityReview> requests) {
        Set<Long> unitIds = new HashSet<>();
        requests.forEach(r -> {
            unitIds.add(r.submittingUnitId());
            unitIds.add(r.decidingUnitId());
            unitIds.add(r.deskUnitId());
        });
        Map<Long, String> names = units.names(unitIds);
        return requests.stream().map(r -> new RequestView(r, clock(r), names.getOrDefault(r.submittingUnitId(), ""),
                names.getOrDefault(r.decidingUnitId(), ""), names.getOrDefault(r.deskUnitId(), ""),
                users.displayName(r.submittedBy()), users.displayName(r.reviewerId()))).toList();
    }

    RequestView view(LegalityReview r) {
        return views(List.of(r)).get(0);
    }

    Map<Long, String> unitNames(Collection<Long> ids) {
        return units.names(ids);
    }
}
