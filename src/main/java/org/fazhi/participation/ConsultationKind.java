package org.fazhi.participation;

/**
 * What kind of text a consultation is on, and so which rule of the catalog sets its minimum period:
 * a normative document's draft (SD-01: not less than 7 working days) or a major decision's draft
 * (MD-02: normally not less than 30 days). A module that opens consultations on another kind of text
 * adds its kind here with the rule that governs it.
 */
public enum ConsultationKind {
    /** 行政规范性文件征求意见稿 (SD-01). */
    NORMATIVE_DOCUMENT("SD-01"),
    /** 重大行政决策草案 (MD-02). */
    MAJOR_DECISION("MD-02"),
    /** 清单调整（权责清单、公共服务事项清单等）征求意见稿 (LS-02, a locality setting). */
    LIST_ADJUSTMENT("LS-02");

    private final String minimumRule;

    ConsultationKind(String minimumRule) {
        this.minimumRule = minimumRule;
    }

    /** The rule whose amount is the window's minimum period. */
    public String minimumRule() {
        return minimumRule;
    }
}
