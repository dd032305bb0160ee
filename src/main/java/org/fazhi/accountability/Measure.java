package org.fazhi.accountability;

/**
 * The measures of a decision: the forms of accountability (问责方式: 批评教育, 责令书面检查, 责令公开道歉,
 * 停职检查, 引咎辞职, 责令辞职, 免职) and the sanctions (处分: 警告, 记过, 记大过, 降级, 撤职, 开除).
 */
public enum Measure {
    CRITICISM(false), WRITTEN_SELF_EXAMINATION(false), PUBLIC_APOLOGY(false), SUSPENSION_FOR_INSPECTION(false),
    RESIGNATION_FOR_FAULT(false), ORDERED_RESIGNATION(false), REMOVAL_FROM_POST(false),
    WARNING(true), DEMERIT(true), MAJOR_DEMERIT(true), DEMOTION(true), DISMISSAL_FROM_POST(true), EXPULSION(true);

    private final boolean sanction;

    Measure(boolean sanction) {
        this.sanction = sanction;
    }

    /** A 处分 (rather than a form of accountability). */
    public boolean sanction() {
        return sanction;
    }
}
