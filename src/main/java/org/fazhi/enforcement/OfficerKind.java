package org.fazhi.enforcement;

/** Who a person on the agency's roster is. */
public enum OfficerKind {
    /** 行政执法人员: holds an enforcement certificate (行政执法证) and may act. */
    OFFICER,
    /** 行政执法监督人员: holds a supervision certificate; supervises, does not carry cases. */
    SUPERVISOR,
    /** 执法辅助人员: may assist an act, never act alone nor count among the officers (PN-01). */
    AUXILIARY;

    /** Whether the person holds a certificate of this kind. */
    public boolean certified() {
        return this != AUXILIARY;
    }
}
