package org.fazhi.normdocs;

import java.util.List;

/**
 * Where a document stands and what the law asks next: {@code nextKey} (with arguments) names the
 * next legal step in words, and {@code steps} says for every step whether the acting user may take
 * it now, and if not, the reason they would be refused with.
 */
public record ProcedureGuide(DocumentStatus status, String nextKey, List<Object> nextArgs, List<StepCheck> steps) {

    public ProcedureGuide {
        nextArgs = nextArgs == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(nextArgs));
        steps = List.copyOf(steps);
    }

    public StepCheck step(String step) {
        return steps.stream().filter(s -> s.step().equals(step)).findFirst().orElse(null);
    }

    public boolean allowed(String step) {
        StepCheck s = step(step);
        return s != null && s.allowed();
    }
}
