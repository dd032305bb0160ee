package org.fazhi.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An expert argumentation (专家论证) of a decision: how it was held (a meeting, written opinions, or a
 * specialised institution), when, which unit or institution organised it (it may not later evaluate
 * the decision, MD-10), on which version, and each expert's opinion with its answer.
 */
public record Argumentation(Long id, Long decisionId, int roundNo, Form form, LocalDate heldOn, Long organiserUnitId,
        String organiserName, Long versionId, String summary, Long recordedBy, Instant recordedAt,
        List<ExpertOpinion> opinions) {

    public Argumentation {
        opinions = opinions == null ? List.of() : List.copyOf(opinions);
    }

    /** How an argumentation was held. */
    public enum Form {
        /** 论证会. */
        MEETING,
        /** 书面征求专家意见. */
        WRITTEN,
        /** 委托专业机构论证. */
        INSTITUTION
    }
}
