package org.fazhi.shared.procedure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a record stands and what the law asks next: {@code nextKey} (with arguments) names the next
 * legal step in words, and {@code steps} says for every step the user may take whether it is
 * allowed now or the reason it would be refused with. Computed from the same gates the steps check.
 *
 * @param <S> the record's states
 */
public record Guide<S>(S status, String nextKey, List<Object> nextArgs, List<StepCheck> steps) {

    public Guide {
        nextArgs = nextArgs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(nextArgs));
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
