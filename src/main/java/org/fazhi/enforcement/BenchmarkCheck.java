package org.fazhi.enforcement;

/**
 * A proposed penalty against the benchmark in force on the case date: no benchmark for the
 * violation, within the level's range, or outside it (a deviation that needs a stated reason the
 * legal review sees).
 */
public record BenchmarkCheck(Verdict verdict, DiscretionBenchmark benchmark, BenchmarkLevel level) {

    public enum Verdict {
        /** No benchmark is in force for this violation on the case date. */
        NO_BENCHMARK,
        WITHIN,
        /** Outside the level's range, or another penalty than the level's. */
        DEVIATES
    }

    public boolean deviates() {
        return verdict == Verdict.DEVIATES;
    }
}
