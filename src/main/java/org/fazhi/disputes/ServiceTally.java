package org.fazhi.disputes;

import java.time.LocalDate;

/** Consultations a service point answered in a month (解答咨询人次). */
public record ServiceTally(Long id, Long pointId, LocalDate monthStart, int consultations) {
}
