package org.fazhi.shared.procedure;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One legal gate of a procedure, written once as a named policy (in the style of ddd-by-examples'
 * {@code PlacingOnHoldPolicy}): given the facts of a record, it lets a step through or gives the
 * reason it is refused. The step method and the guide shown on the page call the same gate, so
 * the page never promises what the step refuses.
 *
 * @param <F> the facts of one record the gate reads (its state, the actor's standing, dates, …)
 */
@FunctionalInterface
public interface Gate<F> {

    /** Empty when the step may pass this gate; else why not. */
    Optional<Refusal> check(F facts);

    /** A gate that passes when {@code holds} is true, else refuses with a fixed reason. */
    static <F> Gate<F> require(Predicate<F> holds, String code, String messageKey) {
        Refusal refusal = Refusal.of(code, messageKey);
        return facts -> holds.test(facts) ? Optional.empty() : Optional.of(refusal);
    }

    /** A gate that passes when {@code holds} is true, else refuses with a reason built from the facts. */
    static <F> Gate<F> require(Predicate<F> holds, Function<F, Refusal> refusal) {
        return facts -> holds.test(facts) ? Optional.empty() : Optional.of(refusal.apply(facts));
    }

    /** This gate, applied only while the record is in one of {@code states} (elsewhere it passes). */
    default <S> Gate<F> onlyIn(Function<F, S> state, Set<S> states) {
        return facts -> states.contains(state.apply(facts)) ? check(facts) : Optional.empty();
    }
}
