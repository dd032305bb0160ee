package org.fazhi.decisions;

/** The meetings at which a government decides collectively (MD-07). */
public enum MeetingKind {
    /** 政府常务会议: every topic on its agenda carries a legality review (seed 001 §1.2). */
    EXECUTIVE,
    /** 政府全体会议. */
    PLENARY
}
