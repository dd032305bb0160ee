package org.fazhi.disclosure;

/** The three groups of Table 四: 行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉. */
public enum RemedyRoute {
    RECONSIDERATION,
    DIRECT_SUIT,
    SUIT_AFTER_RECONSIDERATION
}
