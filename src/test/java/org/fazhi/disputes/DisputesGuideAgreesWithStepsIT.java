package org.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fazhi.disputes.internal.MediationProcedure;
import org.fazhi.disputes.internal.PetitionProcedure;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guide on a mediation case's and a petition's page and their steps never disagree: for records in
 * every state the gates tell apart, for every step a person takes and for users of every standing (the
 * town's handler, the county 法治办, a leader, a handler of another township, a reviewer of the justice
 * bureau), "the guide says allowed" holds exactly when the step succeeds with valid input, and a refused
 * step is refused with the guide's code. Each step runs in a transaction that is rolled back.
 */
@FazhiIT
class DisputesGuideAgreesWithStepsIT extends DisputesTestBase {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Autowired
    MediationGuide caseGuide;
    @Autowired
    PetitionGuide petitionGuide;
    @Autowired
    TransactionTemplate transactions;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);
    }

    private List<String> users() {
        return List.of(fx.handler(), "fzb", "lingdao", fx.outsider(), "shencha");
    }

    @Test
    void forEveryCaseStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        on(START);
        Map<String, MediationCase> states = new LinkedHashMap<>();
        states.put("received, one side", received(START.minusDays(10), true));
        states.put("received, both sides", received(START.minusDays(10), false));
        MediationCase refused = received(START.minusDays(10), false);
        refuse(refused);
        states.put("received, a party refused", refused);
        states.put("mediating", mediating(START.minusDays(10)));
        MediationCase mediatingRefused = mediating(START.minusDays(10));
        refuse(mediatingRefused);
        states.put("mediating, a party refused", mediatingRefused);
        states.put("agreed, window open", agreed(START.minusDays(10), START.minusDays(5)));
        MediationCase done = agreed(START.minusDays(10), START.minusDays(5));
        as(fx.handler(), () -> cases.recordConfirmation(done.id(), new ConfirmationRequest(ConfirmationOutcome.APPLIED,
                START.minusDays(1), "示范县人民法院", null, null)));
        as(fx.handler(), () -> cases.recordFulfilment(done.id(), new AgreementFulfilmentRequest(START, null, null)));
        states.put("agreed, confirmed and fulfilled", done);
        MediationCase failed = mediating(START.minusDays(10));
        as(fx.handler(), () -> cases.fail(failed.id(), new FailureRequest(START.minusDays(2), "调解不成", null)));
        states.put("failed", failed);
        MediationCase declined = received(START.minusDays(10), false);
        as(fx.handler(), () -> cases.decline(declined.id(), new DeclineRequest(START.minusDays(9), "已起诉", null)));
        states.put("declined", declined);

        Map<Long, Long> unrefusedParty = new LinkedHashMap<>();
        states.values().forEach(c -> unrefusedParty.put(c.id(), as(fx.handler(), () -> cases.parties(c.id())).stream()
                .filter(p -> !p.refused()).findFirst().orElseThrow().id()));

        int allowed = agree(states, c -> c.id(), (user, id) -> caseGuide.of(id), MediationProcedure.PEOPLE_STEPS.stream()
                .map(MediationProcedure::name).toList(), (step, id) -> () -> takeCaseStep(step, id,
                        unrefusedParty.get(id)), states.size() * MediationProcedure.PEOPLE_STEPS.size());
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(15);
    }

    @Test
    void forEveryPetitionStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        on(START);
        Map<String, Petition> states = new LinkedHashMap<>();
        states.put("received", petition(START.minusDays(3)));
        Petition accepted = petition(START.minusDays(20));
        as(fx.handler(), () -> petitions.accept(accepted.id(), new PetitionDecisionRequest(START.minusDays(18), null,
                null, null)));
        states.put("accepted", accepted);
        Petition extended = petition(START.minusDays(20));
        as(fx.handler(), () -> petitions.accept(extended.id(), new PetitionDecisionRequest(START.minusDays(18), null,
                null, null)));
        as(fx.handler(), () -> petitions.extend(extended.id(), new PetitionExtensionRequest(START.minusDays(1), "需联合核查",
                null)));
        states.put("accepted, extended", extended);
        Petition overdue = petition(START.minusDays(90));
        as(fx.handler(), () -> petitions.accept(overdue.id(), new PetitionDecisionRequest(START.minusDays(85), null,
                null, null)));
        states.put("accepted, handling period over", overdue);
        Petition declined = petition(START.minusDays(20));
        as(fx.handler(), () -> petitions.decline(declined.id(), new PetitionDecisionRequest(START.minusDays(18),
                "应通过诉讼解决", null, null)));
        states.put("not accepted", declined);
        Petition transferred = petition(START.minusDays(20));
        as(fx.handler(), () -> petitions.transfer(transferred.id(), new PetitionDecisionRequest(START.minusDays(18),
                null, "示范县自然资源局", null)));
        states.put("transferred", transferred);
        Petition replied = petition(START.minusDays(20));
        as(fx.handler(), () -> petitions.accept(replied.id(), new PetitionDecisionRequest(START.minusDays(18), null,
                null, null)));
        as(fx.handler(), () -> petitions.reply(replied.id(), new PetitionReplyRequest(START.minusDays(1),
                ReplyOutcome.SUPPORTED, "已修缮。", null)));
        states.put("replied", replied);

        int allowed = agree(states, Petition::id, (user, id) -> petitionGuide.of(id), PetitionProcedure.PEOPLE_STEPS
                .stream().map(PetitionProcedure::name).toList(), (step, id) -> () -> takePetitionStep(step, id),
                states.size() * PetitionProcedure.PEOPLE_STEPS.size());
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(8);
    }

    private void refuse(MediationCase c) {
        long party = as(fx.handler(), () -> cases.parties(c.id())).stream()
                .filter(p -> p.side() == PartySide.RESPONDENT).findFirst().orElseThrow().id();
        as(fx.handler(), () -> cases.recordRefusal(c.id(), new PartyRefusalRequest(party, START.minusDays(1), "拒绝调解",
                null)));
    }

    private interface GuideReader {
        Guide<?> read(String user, long id);
    }

    private interface StepTaker {
        Runnable take(String step, long id);
    }

    /** Checks every state × user × step; returns how many combinations the guide allowed. */
    private <R> int agree(Map<String, R> states, Function<R, Long> idOf, GuideReader guides, List<String> steps,
            StepTaker taker, int perUser) {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        int allowed = 0;
        for (var entry : states.entrySet()) {
            long id = idOf.apply(entry.getValue());
            for (String user : users()) {
                Guide<?> g = guideAs(user, () -> guides.read(user, id));
                for (String step : steps) {
                    Outcome outcome = outcome(user, taker.take(step, id));
                    String where = entry.getKey() + " / " + step + " / " + user + ": ";
                    checked++;
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(step);
                    if (check.allowed()) {
                        allowed++;
                        if (outcome != Outcome.DONE) {
                            disagreements.add(where + "guide allowed but the step gave " + outcome);
                        }
                    } else if (outcome == Outcome.DONE) {
                        disagreements.add(where + "guide refused (" + check.code() + ") but the step succeeded");
                    } else if (outcome == Outcome.FORBIDDEN) {
                        if (!"role".equals(check.code())) {
                            disagreements.add(where + "step forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!"refused".equals(outcome.kind()) || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).as("guide and step disagree").isEmpty();
        assertThat(checked).isEqualTo(perUser * users().size());
        return allowed;
    }

    private Guide<?> guideAs(String user, Supplier<Guide<?>> read) {
        try {
            return as(user, read);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Takes the step as the user in a transaction that is rolled back. */
    private Outcome outcome(String user, Runnable step) {
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                as(user, () -> {
                    step.run();
                    return null;
                });
            });
            return Outcome.DONE;
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND;
        } catch (AccessDeniedException e) {
            return Outcome.FORBIDDEN;
        } catch (RefusedException e) {
            return new Outcome("refused", e.code());
        } catch (InvalidInputException e) {
            return new Outcome("invalid", e.fieldProblems().toString());
        }
    }

    private void takeCaseStep(String step, long id, long partyId) {
        LocalDate today = today();
        switch (step) {
            case "add-party" -> cases.addParty(id, new PartyRequest(PartySide.RESPONDENT, "第三人", null, null, null));
            case "record-refusal" -> cases.recordRefusal(id, new PartyRefusalRequest(partyId, today, null, null));
            case "accept-for-mediation" -> cases.accept(id, new MediationAcceptanceRequest(fx.mediator().id(), today, null));
            case "decline-mediation" -> cases.decline(id, new DeclineRequest(today, "不属于调解范围", null));
            case "record-agreement" -> cases.agree(id, new AgreementRequest("协议", false, today, today, null));
            case "record-failure" -> cases.fail(id, new FailureRequest(today, "调解不成", null));
            case "record-confirmation" -> cases.recordConfirmation(id, new ConfirmationRequest(ConfirmationOutcome.APPLIED,
                    today, "示范县人民法院", null, null));
            case "record-fulfilment" -> cases.recordFulfilment(id, new AgreementFulfilmentRequest(today, null, null));
            default -> throw new IllegalArgumentException(step);
        }
    }

    private void takePetitionStep(String step, long id) {
        LocalDate today = today();
        switch (step) {
            case "accept-petition" -> petitions.accept(id, new PetitionDecisionRequest(today, null, null, null));
            case "decline-petition" -> petitions.decline(id, new PetitionDecisionRequest(today, "应通过诉讼解决", null, null));
            case "transfer-petition" -> petitions.transfer(id, new PetitionDecisionRequest(today, null, "示范县水利局", null));
            case "extend-handling" -> petitions.extend(id, new PetitionExtensionRequest(today, "情况复杂", null));
            case "reply-petition" -> petitions.reply(id, new PetitionReplyRequest(today, ReplyOutcome.NOT_SUPPORTED, "答复", null));
            default -> throw new IllegalArgumentException(step);
        }
    }
}
