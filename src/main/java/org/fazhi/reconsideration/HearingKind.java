package org.fazhi.reconsideration;

/** How the parties are heard (行政复议法第四十九条至第五十一条、第五十四条). */
public enum HearingKind {
    /** 听证. */
    HEARING,
    /** 当面或者通过互联网、电话等方式听取意见. */
    VIEWS,
    /** 书面审理. */
    WRITTEN
}
