package org.fazhi.units;

/** What a unit is (单位类型). */
public enum UnitKind {
    GOVERNMENT,
    DEPARTMENT,
    TOWNSHIP,
    VILLAGE_COMMITTEE,
    ENFORCEMENT_AGENCY,
    MEDIATION_COMMITTEE,
    COURT,
    OTHER
}
