package org.fazhi.enforcement;

/** The acts recorded on a case, each with the officers who carried it out. */
public enum ActKind {
    OPENING,
    /** 现场检查（勘验）. */
    INSPECTION,
    /** 询问调查. */
    INQUIRY,
    /** 抽样取证. */
    SAMPLING,
    /** 证据先行登记保存. */
    PRESERVATION,
    /** 调取书证、物证及其他调查. */
    OTHER_INVESTIGATION,
    NOTICE,
    HEARING,
    DECISION,
    SERVICE,
    EXECUTION;

    /** The acts a person records as investigation. */
    public boolean investigative() {
        return this == INSPECTION || this == INQUIRY || this == SAMPLING || this == PRESERVATION
                || this == OTHER_INVESTIGATION;
    }
}
