package org.fazhi.participation;

import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;
import org.fazhi.shared.procedure.StepCheck;

/**
 * Implemented by each module that opens consultations on its records, so that participation asks the
 * owner — its data scope and its procedure — before anyone reads a consultation in the console or
 * takes a staff step on it. The owner answers 404 for a record the actor may not see and refuses a
 * step its procedure does not allow (e.g. answering comments of a published document).
 */
public interface ConsultationOwner {

    /** The type of record this owner opens consultations on. */
    SubjectType subjectType();

    /** Throws 404 unless the acting user may see the record. */
    void requireVisible(SubjectRef subject);

    /** Whether the acting user may take {@code action} now, or why not (the guide of the console page). */
    StepCheck check(SubjectRef subject, ConsultationAction action);

    /**
     * Lets the acting user take {@code action} in the caller's transaction (locking the record where the
     * owner's procedure does), or throws the 404 or the refusal {@link #check} would give.
     */
    void authorize(SubjectRef subject, ConsultationAction action);
}
