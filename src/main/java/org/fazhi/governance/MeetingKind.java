package org.fazhi.governance;

/** The meetings and study whose yearly count has a target. */
public enum MeetingKind {
    /** 党政主要负责人部署法治政府建设的专题会议 (SD-11: at least 1 a year). */
    SPECIAL_MEETING,
    /** 领导班子法治专题学习 (SD-09: at least 4 a year). */
    STUDY_SESSION,
    /** 领导干部旁听人民法院庭审 (SD-10: at least 1 a year). */
    HEARING_ATTENDANCE
}
