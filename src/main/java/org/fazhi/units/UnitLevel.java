package org.fazhi.units;

/** The administrative level a unit sits at (行政层级). */
public enum UnitLevel {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP,
    VILLAGE
}
