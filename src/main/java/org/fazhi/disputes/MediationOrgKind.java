package org.fazhi.disputes;

/** What a people's mediation committee is (人民调解委员会的类型). */
public enum MediationOrgKind {
    /** 村（居）民委员会人民调解委员会: belongs to a village or community unit and covers it. */
    VILLAGE,
    /** 乡镇（街道）人民调解委员会. */
    TOWNSHIP,
    /** 企业人民调解委员会 (seed 001: to be set up in enterprises of 500 staff or more). */
    ENTERPRISE,
    /** 行业性、专业性人民调解委员会 (traffic, medical, labour ...). */
    INDUSTRY
}
