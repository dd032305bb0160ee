package org.fazhi.publicity;

/** What kind of publicity an activity is (the forms the seeds report). */
public enum ActivityKind {
    /** 法治讲座 / 宣讲. */
    LECTURE,
    /** 集中宣传（法律进机关、进校园、进企业、进农村、进集市，宪法宣传周，12·4）. */
    CAMPAIGN,
    /** 以案释法. */
    CASE_EXPLANATION,
    /** 线上普法、直播节目. */
    ONLINE,
    /** 法治文化活动、作品征集. */
    CULTURE,
    OTHER
}
