package org.fazhi.suggestions;

import java.time.LocalDate;

/**
 * One handling of a suggestion: round 1 from 交办, each later one from the day a dissatisfied proposer sent
 * it back; its clock on the 督办台, the answer (category, text, document, day, whether late) and the feedback.
 */
public record HandlingRound(long id, long suggestionId, int round, LocalDate startedOn, long deadlineId,
        AnswerCategory category, String answerText, LocalDate answeredOn, Long answerFileId, Boolean late,
        Satisfaction satisfaction, LocalDate feedbackOn, String feedbackNote) {

    public boolean answered() {
        return answeredOn != null;
    }
}
