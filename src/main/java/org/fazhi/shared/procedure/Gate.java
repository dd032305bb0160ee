package org.fazhi.shared.procedure;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One legal gate of a procedure, written once as a named policy (in the style of ddd-by-examples'
 * {@code PlacingOnHoldPolicy}): given the facts of a record, it lets a step through or gives the
 * reason it is refused. The step method and the guide shown on the page call the same gate, so
 * the page never promises what the step refuses. Its {@link #name} is the code it refuses with, so the
 * transition table can list each step's gates.
 *
 * @param <F> the facts of one record the gate reads (its state, the actor's standing, dates, …)
 */
public interface Gate<F> {

    /** Empty when the step may pass this gate; else why not. */
    Optional<Refusal> check(F facts);

    /** The gate's name in the transition table: the code it refuses with. */
    String name();

    /** A gate named {@code name} that decides with {@code check}. */
    static <F> Gate<F> of(String name, Function<F, Optional<Refusal>> check) {
        return new Gate<>() {
            @Override
            public Optional<Refusal> check(F facts) {
                return check.apply(facts);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    /** A gate that passes when {@code holds} is true, else refuses with a fixed reason. */
    static <F> Gate<F> require(Predicate<F> holds, String code, String messageKey) {
        Refusal refusal = Refusal.of(code, messageKey);
        return of(code, facts -> holds.test(facts) ? Optional.empty() : Optional.of(refusal));
    }

    /**
     * A gate named {@code code} that passes when {@code holds} is true, else refuses with a reason built
     * from the facts (the refusal's code may refine the name, e.g. "review-" + the review gate's code).
     */
    static <F> Gate<F> require(Predicate<F> holds, String code, Function<F, Refusal> refusal) {
        return of(code, facts -> holds.test(facts) ? Optional.empty() : Optional.of(refusal.apply(facts)));
    }

    /** This gate, applied only while the record is in one of {@code states} (elsewhere it passes). */
    default <S> Gate<F> onlyIn(Function<F, S> state, Set<S> states) {
        Gate<F> gate = this;
        return of(name(), facts -> states.contains(state.apply(facts)) ? gate.check(facts) : Optional.empty());
    }
}
