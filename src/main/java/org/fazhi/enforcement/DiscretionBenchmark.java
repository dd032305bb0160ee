package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A discretion benchmark (裁量基准) for one violation, as one dated version: the unit that set it,
 * the violation, its legal reference, the period it is in force and its circumstance levels.
 * A new version ends the previous one the day before it takes effect; versions are never edited.
 */
public record DiscretionBenchmark(Long id, Long unitId, String violationCode, String violationName,
        String legalReference, int versionNo, LocalDate effectiveFrom, LocalDate effectiveTo,
        List<BenchmarkLevel> levels) {

    public DiscretionBenchmark {
        levels = List.copyOf(levels);
    }

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    public Optional<BenchmarkLevel> level(Circumstance c) {
        return levels.stream().filter(l -> l.circumstance() == c).findFirst();
    }
}
