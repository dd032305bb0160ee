package org.fazhi.suggestions;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A suggestion or proposal as staff read it. The proposers are deputies or members named in their public
 * role; their contact is personal data, masked here ({@link Suggestions#reveal} gives it with a reason,
 * audited). {@code round} is the handling under way or last finished: 1 after 交办, 2 and more after a
 * dissatisfied proposer sent it back.
 */
public record Suggestion(long id, SuggestionKind kind, String number, String sessionName, int sessionYear,
        String proposers, String contact, String title, String content, LocalDate receivedOn,
        boolean concernsNormdocs, long coordinatorUnitId, Long leadUnitId, LocalDate assignedOn, boolean difficult,
        LocalDate extendedOn, String extensionReason, SuggestionStatus status, int round, Long answerDeadlineId,
        LocalDate publishedOn, int version) {

    public static final String MODULE = "suggestions";
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "suggestion");

    public boolean answered() {
        return status == SuggestionStatus.ANSWERED || status == SuggestionStatus.CLOSED;
    }

    public boolean published() {
        return publishedOn != null;
    }
}
