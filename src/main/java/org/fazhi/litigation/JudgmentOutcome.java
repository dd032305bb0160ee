package org.fazhi.litigation;

/** What the court decided (行政诉讼法第六十九条至第七十七条, 撤诉, 驳回起诉, 调解, the appeal's outcomes). */
public enum JudgmentOutcome {
    /** 驳回诉讼请求. */
    CLAIMS_DISMISSED(false),
    /** 撤销或者部分撤销. */
    REVOKED(true),
    /** 判决履行. */
    ORDERED_PERFORMANCE(true),
    /** 判决给付. */
    ORDERED_PAYMENT(true),
    /** 确认违法. */
    CONFIRMED_ILLEGAL(true),
    /** 确认无效. */
    CONFIRMED_INVALID(true),
    /** 变更. */
    VARIED(true),
    /** 裁定驳回起诉. */
    SUIT_DISMISSED(false),
    /** 准予撤诉. */
    WITHDRAWN(false),
    /** 调解结案. */
    MEDIATED(false),
    /** 驳回上诉、维持原判. */
    APPEAL_DISMISSED(false),
    /** 二审改判. */
    REVERSED(false),
    /** 发回重审. */
    REMANDED(false);

    private final boolean lost;

    JudgmentOutcome(boolean lost) {
        this.lost = lost;
    }

    /** 败诉: 撤销、履行、给付、确认违法、确认无效、变更 (REPORTS.md §3.3). */
    public boolean lost() {
        return lost;
    }

    /** Takes effect at once, whatever the instance (nothing to appeal). */
    public boolean finalAtOnce() {
        return this == WITHDRAWN || this == MEDIATED;
    }
}
