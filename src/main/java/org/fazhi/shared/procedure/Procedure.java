package org.fazhi.shared.procedure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A statutory procedure as a state machine with its legal gates, written once and used both by the
 * steps (which call {@link #next}) and by the guide on the page (which calls {@link #check}): the
 * states, the steps, the transition table, the gates of each step in order, and the refusal.
 *
 * <p>A step passes, in this order: the gates declared with {@link StepBuilder#checkFirst} (who may
 * act, or a reason that explains a wrong state better than the state itself), the state (the
 * transition table), then the gates declared with {@link StepBuilder#gate}. The first refusal wins.
 * Checks of the user's input (a date in the future, a missing reason) are not gates: the step
 * method makes them after {@link #next} has let the step through.
 *
 * @param <S> the states
 * @param <T> the steps
 * @param <F> the facts of one record that the gates read
 */
public final class Procedure<S extends Enum<S>, T extends Enum<T>, F> {

    private record Transition<S, F>(Set<S> from, S to, List<Gate<F>> first, List<Gate<F>> after,
            Function<S, Refusal> outside) {
    }

    private final Function<F, S> state;
    private final Map<T, Transition<S, F>> table;
    private final BiFunction<S, T, Refusal> wrongState;

    private Procedure(Function<F, S> state, Map<T, Transition<S, F>> table, BiFunction<S, T, Refusal> wrongState) {
        this.state = state;
        this.table = table;
        this.wrongState = wrongState;
    }

    /**
     * Starts the table of a procedure. {@code state} reads the record's state from its facts;
     * {@code wrongState} is the refusal of a step taken from a state it does not leave from (a step
     * may give its own with {@link StepBuilder#outside}).
     */
    public static <S extends Enum<S>, T extends Enum<T>, F> Builder<S, T, F> of(Class<S> states, Class<T> steps,
            Function<F, S> state, BiFunction<S, T, Refusal> wrongState) {
        return new Builder<>(states, steps, state, wrongState);
    }

    /** The state {@code step} leads to; throws the refusal (409) when a gate or the state forbids it. */
    public S next(T step, F facts) {
        Optional<Refusal> refused = refusal(step, facts);
        if (refused.isPresent()) {
            throw refused.get().exception();
        }
        Transition<S, F> t = transition(step);
        return t.to() == null ? state.apply(facts) : t.to();
    }

    /** Why {@code step} would be refused on these facts, or empty when it may be taken. */
    public Optional<Refusal> refusal(T step, F facts) {
        Transition<S, F> t = transition(step);
        for (Gate<F> g : t.first()) {
            Optional<Refusal> r = g.check(facts);
            if (r.isPresent()) {
                return r;
            }
        }
        S current = state.apply(facts);
        if (!t.from().contains(current)) {
            return Optional.of(t.outside() != null ? t.outside().apply(current) : wrongState.apply(current, step));
        }
        for (Gate<F> g : t.after()) {
            Optional<Refusal> r = g.check(facts);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The verdict on one step, as the guide shows it. */
    public StepCheck check(T step, F facts) {
        return refusal(step, facts).map(r -> StepCheck.refused(name(step), r))
                .orElseGet(() -> StepCheck.allowed(name(step)));
    }

    /** The verdicts on the given steps, in that order. */
    public List<StepCheck> checks(F facts, Collection<T> steps) {
        List<StepCheck> checks = new ArrayList<>();
        steps.forEach(s -> checks.add(check(s, facts)));
        return checks;
    }

    /** Whether the table lets {@code step} leave {@code from} (the state alone, without the gates). */
    public boolean leaves(S from, T step) {
        return transition(step).from().contains(from);
    }

    /** The steps the table lets leave a state. */
    public Set<T> stepsFrom(S from) {
        Set<T> steps = new java.util.LinkedHashSet<>();
        table.forEach((step, t) -> {
            if (t.from().contains(from)) {
                steps.add(step);
            }
        });
        return steps;
    }

    /** The steps of the table, in the order they were declared. */
    public Set<T> steps() {
        return Collections.unmodifiableSet(table.keySet());
    }

    /**
     * The transition table as text, one line per step with its gates in the order they are checked
     * (before the state, then "state", then after it):
     * {@code DRAFTING | REVIEWED --deliberate--> DELIBERATED  [role, not-drafting-unit, review-*; state; consultation-required]},
     * for the module's design page (a test keeps the page in step with the code).
     */
    public String table() {
        StringBuilder sb = new StringBuilder();
        table.forEach((step, t) -> {
            List<String> from = t.from().stream().map(Enum::name).toList();
            List<String> gates = new ArrayList<>(t.first().stream().map(Gate::name).toList());
            gates.add("state");
            gates.addAll(t.after().stream().map(Gate::name).toList());
            sb.append(String.join(" | ", from)).append(" --").append(name(step)).append("--> ")
                    .append(t.to() == null ? "(same)" : t.to().name()).append("  [")
                    .append(String.join(", ", gates)).append("]\n");
        });
        return sb.toString();
    }

    /** A step's name as pages, guides and the API use it: {@code SUBMIT_FOR_REVIEW} → "submit-for-review". */
    public static String name(Enum<?> step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Transition<S, F> transition(T step) {
        Transition<S, F> t = table.get(step);
        if (t == null) {
            throw new IllegalArgumentException("step not in the procedure: " + step);
        }
        return t;
    }

    /** The transition table being written. */
    public static final class Builder<S extends Enum<S>, T extends Enum<T>, F> {

        private final Class<S> states;
        private final Function<F, S> state;
        private final BiFunction<S, T, Refusal> wrongState;
        private final Map<T, Transition<S, F>> table;

        private Builder(Class<S> states, Class<T> steps, Function<F, S> state, BiFunction<S, T, Refusal> wrongState) {
            this.states = states;
            this.state = state;
            this.wrongState = wrongState;
            this.table = new EnumMap<>(steps);
        }

        /** Declares a step; finish it with {@link StepBuilder#to} or {@link StepBuilder#stays}. */
        public StepBuilder<S, T, F> step(T step) {
            if (table.containsKey(step)) {
                throw new IllegalStateException("step declared twice: " + step);
            }
            return new StepBuilder<>(this, step);
        }

        public Procedure<S, T, F> build() {
            return new Procedure<>(state, new java.util.LinkedHashMap<>(table), wrongState);
        }
    }

    /** One row of the table: where the step leaves from, where it leads, and its gates. */
    public static final class StepBuilder<S extends Enum<S>, T extends Enum<T>, F> {

        private final Builder<S, T, F> owner;
        private final T step;
        private Set<S> from;
        private final List<Gate<F>> first = new ArrayList<>();
        private final List<Gate<F>> after = new ArrayList<>();
        private Function<S, Refusal> outside;

        private StepBuilder(Builder<S, T, F> owner, T step) {
            this.owner = owner;
            this.step = step;
            this.from = EnumSet.noneOf(owner.states);
        }

        @SafeVarargs
        public final StepBuilder<S, T, F> from(S... states) {
            from = EnumSet.noneOf(owner.states);
            from.addAll(List.of(states));
            return this;
        }

        /** Leaves from every state except these. */
        @SafeVarargs
        public final StepBuilder<S, T, F> fromAllBut(S... states) {
            from = EnumSet.complementOf(EnumSet.copyOf(List.of(states)));
            return this;
        }

        /** A gate checked before the state (who may act; a reason that explains a wrong state better). */
        public StepBuilder<S, T, F> checkFirst(Gate<F> gate) {
            first.add(gate);
            return this;
        }

        /** A gate checked once the state allows the step. */
        public StepBuilder<S, T, F> gate(Gate<F> gate) {
            after.add(gate);
            return this;
        }

        /** This step's own refusal when taken from a state it does not leave from. */
        public StepBuilder<S, T, F> outside(Function<S, Refusal> refusal) {
            this.outside = refusal;
            return this;
        }

        /** The step leads to {@code target}. */
        public Builder<S, T, F> to(S target) {
            return done(target);
        }

        /** The step records something and leaves the state as it is. */
        public Builder<S, T, F> stays() {
            return done(null);
        }

        private Builder<S, T, F> done(S target) {
            if (from.isEmpty()) {
                throw new IllegalStateException("step leaves from no state: " + step);
            }
            owner.table.put(step, new Transition<>(Collections.unmodifiableSet(EnumSet.copyOf(from)), target, List.copyOf(first), List.copyOf(after),
                    outside));
            return owner;
        }
    }
}
