package org.fazhi.publicity;

/**
 * An agency's responsibility list for a year as the overview shows it: its lines and its review (null
 * while not reviewed).
 */
public record DutyListStatus(Long unitId, String unitName, int lines, DutyReview review) {

    public boolean hasList() {
        return lines > 0;
    }
}
