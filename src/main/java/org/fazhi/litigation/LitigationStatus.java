package org.fazhi.litigation;

/** Where one instance of a suit stands; the steps between these states are in {@code internal.LitigationProcedure}. */
public enum LitigationStatus {
    /** 在审: answer, hearings, appearance. */
    PENDING,
    /** 裁判已送达，尚未生效 (the appeal period runs). */
    JUDGED,
    /** 已上诉，进入二审. */
    APPEALED,
    /** 裁判已生效，待履行. */
    EFFECTIVE,
    /** 结案 (履行完毕或无需履行). */
    CLOSED;

    public boolean open() {
        return this == PENDING || this == JUDGED || this == EFFECTIVE;
    }
}
