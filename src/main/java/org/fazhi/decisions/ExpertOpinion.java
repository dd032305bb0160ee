package org.fazhi.decisions;

import java.time.Instant;

/**
 * One expert's opinion in an argumentation and the sponsoring unit's answer to it (采纳 / 部分采纳 /
 * 不采纳 with the explanation): each opinion is recorded and answered (MD-04).
 */
public record ExpertOpinion(Long id, Long argumentationId, Long decisionId, Long expertId, String expertName,
        String opinion, AnswerKind answerKind, String answer, Long answeredBy, Instant answeredAt) {

    /** How an opinion was taken up. */
    public enum AnswerKind {
        ADOPTED,
        PARTLY_ADOPTED,
        NOT_ADOPTED
    }

    public boolean answered() {
        return answerKind != null;
    }
}
