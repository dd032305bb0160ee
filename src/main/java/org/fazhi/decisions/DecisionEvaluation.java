package org.fazhi.decisions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A post-evaluation (决策后评估, MD-10): what triggered it, the evaluator (a unit or a third party, never
 * one that did the argumentation or the risk assessment), the report, and its conclusion.
 */
public record DecisionEvaluation(Long id, Long decisionId, Trigger trigger, Long evaluatorUnitId, String evaluatorName,
        LocalDate completedOn, String report, Conclusion conclusion, Long recordedBy, Instant recordedAt) {

    /** Why a decision is evaluated (条例第三十六条). */
    public enum Trigger {
        /** 明显未达到预期效果. */
        GOALS_NOT_MET,
        /** 公民、法人或者其他组织提出较多意见. */
        MANY_OBJECTIONS,
        /** 决策机关认为有必要. */
        ORGAN_DEEMS_NECESSARY
    }

    /** What the evaluation recommends. */
    public enum Conclusion {
        CONTINUE,
        ADJUST,
        STOP
    }
}
