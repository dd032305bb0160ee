package org.fazhi.publicity;

/** Who a training session is for. */
public enum TrainingKind {
    /** 领导干部、公务员学法培训. */
    OFFICIALS,
    /** 行政执法人员岗位培训. */
    OFFICERS,
    /** 人民调解员、法律明白人等基层骨干培训. */
    GRASSROOTS
}
