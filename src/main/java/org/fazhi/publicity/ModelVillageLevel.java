package org.fazhi.publicity;

/** The level that awarded the title 民主法治示范村（社区）. */
public enum ModelVillageLevel {
    NATIONAL,
    PROVINCIAL,
    CITY,
    COUNTY
}
