package org.fazhi.shared.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.fazhi.shared.RefusedException;
import org.junit.jupiter.api.Test;

/**
 * The generic procedure: a step leaves only from the states of its row, its gates are checked in
 * order (those before the state first), the first refusal wins with its code and reason, a step may
 * give its own reason for a wrong state, and the guide's verdict is exactly the step's.
 */
class ProcedureTests {

    enum State { OPEN, CLOSED, ARCHIVED }

    enum Step { CLOSE, REOPEN, ANNOTATE, ARCHIVE }

    /** The facts a test gate reads. */
    record Facts(State state, boolean owner, int pending) {
    }

    static final Gate<Facts> OWNER = Gate.require(Facts::owner, "not-owner", "test.not-owner");
    static final Gate<Facts> NOTHING_PENDING = Gate.require(f -> f.pending() == 0, "pending",
            f -> Refusal.of("pending", "test.pending", f.pending()));

    static final Procedure<State, Step, Facts> PROCEDURE = Procedure
            .of(State.class, Step.class, Facts::state, (s, t) -> Refusal.of("wrong-state", "test.wrong." + t, s))
            .step(Step.CLOSE).checkFirst(OWNER).from(State.OPEN).gate(NOTHING_PENDING).to(State.CLOSED)
            .step(Step.REOPEN).from(State.CLOSED).outside(s -> Refusal.of("not-closed", "test.not-closed")).to(State.OPEN)
            .step(Step.ANNOTATE).fromAllBut(State.ARCHIVED).stays()
            .step(Step.ARCHIVE).from(State.CLOSED).to(State.ARCHIVED)
            .build();

    @Test
    void aStepLeadsFromTheStatesOfItsRowToItsTarget() {
        assertThat(PROCEDURE.next(Step.CLOSE, new Facts(State.OPEN, true, 0))).isEqualTo(State.CLOSED);
        assertThat(PROCEDURE.next(Step.ANNOTATE, new Facts(State.CLOSED, false, 3))).isEqualTo(State.CLOSED);
        assertThat(PROCEDURE.stepsFrom(State.CLOSED)).containsExactly(Step.REOPEN, Step.ANNOTATE, Step.ARCHIVE);
        assertThat(PROCEDURE.leaves(State.ARCHIVED, Step.ANNOTATE)).isFalse();
    }

    @Test
    void aWrongStateIsRefusedWithTheProcedureReasonOrTheStepsOwn() {
        assertThat(refusal(Step.ARCHIVE, new Facts(State.OPEN, true, 0)).code()).isEqualTo("wrong-state");
        assertThat(refusal(Step.ARCHIVE, new Facts(State.OPEN, true, 0)).messageKey()).isEqualTo("test.wrong.ARCHIVE");
        assertThat(refusal(Step.REOPEN, new Facts(State.OPEN, true, 0)).code()).isEqualTo("not-closed");
    }

    @Test
    void gatesBeforeTheStateAreCheckedFirstAndTheFirstRefusalWins() {
        // not the owner and in the wrong state: who may act is said first
        assertThat(refusal(Step.CLOSE, new Facts(State.CLOSED, false, 2)).code()).isEqualTo("not-owner");
        // the owner in the wrong state: the state
        assertThat(refusal(Step.CLOSE, new Facts(State.CLOSED, true, 2)).code()).isEqualTo("wrong-state");
        // the owner in the right state with work pending: the gate after the state, with its number
        Refusal pending = refusal(Step.CLOSE, new Facts(State.OPEN, true, 2));
        assertThat(pending.code()).isEqualTo("pending");
        assertThat(pending.args()).containsExactly(2);
    }

    @Test
    void theStepThrowsTheRefusalAsA409ExceptionWithTheSameCodeAndReason() {
        assertThatThrownBy(() -> PROCEDURE.next(Step.CLOSE, new Facts(State.OPEN, true, 1)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("pending");
                    assertThat(e.messageKey()).isEqualTo("test.pending");
                    assertThat(e.args()).containsExactly(1);
                });
    }

    @Test
    void theGuideSaysForEveryStepExactlyWhatTheStepWouldDo() {
        for (State s : State.values()) {
            for (boolean owner : new boolean[] {true, false}) {
                for (int pending : new int[] {0, 1}) {
                    Facts f = new Facts(s, owner, pending);
                    for (StepCheck check : PROCEDURE.checks(f, List.of(Step.values()))) {
                        Step step = Step.valueOf(check.step().toUpperCase().replace('-', '_'));
                        boolean succeeds;
                        String code = null;
                        try {
                            PROCEDURE.next(step, f);
                            succeeds = true;
                        } catch (RefusedException e) {
                            succeeds = false;
                            code = e.code();
                        }
                        assertThat(check.allowed()).as(f + " " + step).isEqualTo(succeeds);
                        assertThat(check.code()).as(f + " " + step).isEqualTo(code);
                    }
                }
            }
        }
    }

    @Test
    void aGateLimitedToSomeStatesPassesInTheOthers() {
        Gate<Facts> onlyWhileOpen = NOTHING_PENDING.onlyIn(Facts::state, Set.of(State.OPEN));
        assertThat(onlyWhileOpen.check(new Facts(State.OPEN, true, 1))).isPresent();
        assertThat(onlyWhileOpen.check(new Facts(State.CLOSED, true, 1))).isEmpty();
        assertThat(onlyWhileOpen.name()).isEqualTo("pending");
    }

    @Test
    void theTableListsEachStepWithItsGatesInTheOrderTheyAreChecked() {
        assertThat(PROCEDURE.table()).isEqualTo("""
                OPEN --close--> CLOSED  [not-owner, state, pending]
                CLOSED --reopen--> OPEN  [state]
                OPEN | CLOSED --annotate--> (same)  [state]
                CLOSED --archive--> ARCHIVED  [state]
                """);
        assertThat(Procedure.name(Step.ANNOTATE)).isEqualTo("annotate");
    }

    @Test
    void aStepDeclaredTwiceOrLeavingFromNoStateIsAProgrammingError() {
        var builder = Procedure.of(State.class, Step.class, Facts::state, (s, t) -> Refusal.of("x", "x"));
        builder.step(Step.CLOSE).from(State.OPEN).to(State.CLOSED);
        assertThatThrownBy(() -> builder.step(Step.CLOSE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.step(Step.REOPEN).to(State.OPEN)).isInstanceOf(IllegalStateException.class);
    }

    private static Refusal refusal(Step step, Facts f) {
        return PROCEDURE.refusal(step, f).orElseThrow();
    }
}
