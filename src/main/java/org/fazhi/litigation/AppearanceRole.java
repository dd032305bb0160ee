package org.fazhi.litigation;

/**
 * Who appeared for the defendant. 负责人 (法释〔2020〕3号第二条; LT-04) are the head, the deputy heads and
 * the other leaders in charge of the work; the head of an entrusted body is not one, nor is a staff
 * member or a lawyer.
 */
public enum AppearanceRole {
    /** 正职负责人 (主要领导). */
    HEAD(true),
    /** 副职负责人. */
    DEPUTY(true),
    /** 其他参与分管的负责人. */
    LEADER_IN_CHARGE(true),
    /** 被委托组织的负责人 (does not count). */
    ENTRUSTED_BODY_HEAD(false),
    /** 工作人员. */
    STAFF(false),
    /** 律师. */
    LAWYER(false);

    private final boolean responsible;

    AppearanceRole(boolean responsible) {
        this.responsible = responsible;
    }

    /** Counts as the appearance of the responsible person (负责人出庭). */
    public boolean responsible() {
        return responsible;
    }

    /** The principal leader (主要领导). */
    public boolean principal() {
        return this == HEAD;
    }
}
