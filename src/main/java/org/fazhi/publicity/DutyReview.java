package org.fazhi.publicity;

import java.time.LocalDate;

/** The yearly review of an agency's performance of its responsibility list, once per unit and year. */
public record DutyReview(Long id, Long unitId, int yearNo, LocalDate reviewedOn, String reviewer, DutyRating rating,
        String findings) {
}
