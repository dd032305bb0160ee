package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * A guiding case (执法指导案例, seed 004 §8): a decided case selected for a year, its title and gist, the
 * public text without identifiers, and when it was published.
 */
public record GuidingCase(Long id, Long caseId, Long unitId, int year, String title, String gist, String publicText,
        LocalDate selectedOn, LocalDate publishedOn) {
}
