package org.fazhi.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The API every module uses to track its statutory deadlines. Writes join the caller's
 * transaction and are audited.
 */
public interface Deadlines {

    /** Registers a deadline; the due date comes from the rule via the calendar. */
    TrackedDeadline track(NewDeadline deadline);

    /**
     * Registers many deadlines in one step (an import), each exactly as {@link #track} would: every one
     * checked, its due date from the calendar (computed once per distinct rule, term, start and unit),
     * inserted with a few multi-row statements and audited together; all or none (the caller's
     * transaction). The result is in the order given.
     */
    java.util.List<TrackedDeadline> trackAll(java.util.List<NewDeadline> deadlines);

    /** Registers a deadline on a fixed date (an annual "by 31 January" duty). */
    TrackedDeadline trackFixed(NewDeadline deadline, LocalDate due);

    /** The duty was fulfilled on {@code on}; late if after the due date. */
    TrackedDeadline meet(long id, LocalDate on);

    /** Stops the clock from {@code from} (inclusive), e.g. waiting for a third party. */
    TrackedDeadline pause(long id, LocalDate from, String reason);

    /** Restarts the clock on {@code on}; the paused days move the due date. */
    TrackedDeadline resume(long id, LocalDate on);

    /** Applies the rule's approved extension (RuleTerm.EXTENSION) with the reason. */
    TrackedDeadline extend(long id, String reason);

    /** The subject was withdrawn. */
    TrackedDeadline cancel(long id, String reason);

    /** A deadline by id, unscoped (for the module that registered it). */
    Optional<TrackedDeadline> find(long id);

    /** Every deadline of a subject, oldest first. */
    List<TrackedDeadline> forSubject(String module, String subjectType, String subjectId);

    /**
     * How far off {@code dueDate} is today for a deadline in {@code status}: days and working days left
     * and its urgency (overdue red, within {@code fazhi.deadlines.due-soon-working-days} amber, else
     * neutral; a met or cancelled deadline is neutral). Every page that colours a due date uses this.
     */
    DueIn dueIn(java.time.LocalDate dueDate, DeadlineStatus status);
}
