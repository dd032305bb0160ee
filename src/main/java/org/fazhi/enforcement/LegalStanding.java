package org.fazhi.enforcement;

/** The legal standing of an enforcement agency (执法主体资格). */
public enum LegalStanding {
    /** 法定行政机关: an administrative organ acting on its own statutory powers. */
    STATUTORY,
    /** 法律法规授权的组织: an organisation authorised by a law or regulation. */
    AUTHORISED,
    /** 受委托组织: acts in the name of the entrusting organ, which answers for it. */
    ENTRUSTED
}
