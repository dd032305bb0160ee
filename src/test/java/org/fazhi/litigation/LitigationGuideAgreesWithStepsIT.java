package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.litigation.internal.LitigationProcedure;
import org.fazhi.litigation.internal.LitigationProcedure.Step;
import org.fazhi.litigation.internal.SuggestionProcedure;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guide on a suit's page and the steps never disagree: for instances in every state (and in the
 * states the gates tell apart: with or without a copy to answer, defended or not, a hearing pending,
 * due or recorded, an appealable judgment in or after its period, a withdrawal, a second instance,
 * effective with or without a duty, closed), for every step and for users of every standing (the
 * government's 法治办, the agency's legal reviewer, the agency's drafter, the county leader, another
 * unit's reviewer), "the guide says allowed" holds exactly when the step succeeds with valid input,
 * and a refused step is refused with the guide's reason. The same for the reply to a judicial
 * suggestion. Each step runs in a transaction rolled back afterwards.
 */
@FazhiIT
class LitigationGuideAgreesWithStepsIT extends LitigationTestBase {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);

    @Autowired
    TransactionTemplate transactions;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);

        static Outcome refused(String code) {
            return new Outcome("refused", code);
        }

        static Outcome invalid(String what) {
            return new Outcome("invalid", what);
        }
    }

    @Test
    void forEveryStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        Map<String, LitigationCase> states = casesInEveryState();
        on(TODAY);
        List<String> users = List.of(fx.handler(), fx.agencyHandler(), fx.drafter(), "lingdao", fx.outsider());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var e : states.entrySet()) {
            LitigationCase c = e.getValue();
            for (String user : users) {
                Guide<LitigationStatus> g = guideAs(user, c.id());
                for (Step step : LitigationProcedure.PEOPLE_STEPS) {
                    Outcome outcome = take(user, () -> attempt(c, step));
                    String where = e.getKey() + " / " + LitigationProcedure.name(step) + " / " + user + ": ";
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(LitigationProcedure.name(step));
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
                    } else if (!outcome.kind().equals("refused") || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).as("guide and step disagree").isEmpty();
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(40);
        assertThat(states.values()).extracting(LitigationCase::status).contains(LitigationStatus.values());
    }

    @Test
    void theSuggestionsGuideAgreesWithTheReply() {
        on(d("2025-10-20"));
        JudicialSuggestion open = handler(() -> suggestions.receive(suggestion(fx.agency(), d("2025-10-20"), null)));
        JudicialSuggestion replied = handler(() -> suggestions.receive(suggestion(fx.agency(), d("2025-10-20"), null)));
        handler(() -> suggestions.reply(replied.id(), new SuggestionReplyRequest(d("2025-10-20"), "已回复。", null)));
        on(TODAY);
        List<String> disagreements = new ArrayList<>();
        for (JudicialSuggestion s : List.of(open, replied)) {
            for (String user : List.of(fx.handler(), fx.agencyHandler(), fx.drafter(), "lingdao", fx.outsider())) {
                Guide<SuggestionStatus> g;
                try {
                    g = as(user, () -> suggestions.guide(s.id()));
                } catch (NotFoundException e) {
                    g = null;
                }
                Outcome outcome = take(user, () -> suggestions.reply(s.id(), new SuggestionReplyRequest(TODAY, "回复。",
                        null)));
                StepCheck check = g == null ? null : g.step(Procedure.name(SuggestionProcedure.Step.REPLY));
                String where = s.suggestionNo() + " / " + user + ": ";
                if (check == null) {
                    if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                        disagreements.add(where + "guide 404 but " + outcome);
                    }
                } else if (check.allowed() != (outcome == Outcome.DONE)) {
                    disagreements.add(where + "guide " + check.allowed() + " but " + outcome);
                } else if (!check.allowed() && outcome.code() != null && !outcome.code().equals(check.code())) {
                    disagreements.add(where + "guide " + check.code() + " but " + outcome);
                } else if (outcome == Outcome.FORBIDDEN && !"role".equals(check.code())) {
                    disagreements.add(where + "forbidden but the guide said " + check.code());
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Instances standing in each state the gates tell apart, built through the real steps. */
    private Map<String, LitigationCase> casesInEveryState() {
        Map<String, LitigationCase> m = new LinkedHashMap<>();
        m.put("pending, answer period running", sue(d("2025-10-27")));
        on(d("2025-10-27"));
        m.put("pending, no copy", handler(() -> cases.file(direct(fx.agency(), d("2025-10-27"), d("2025-10-01"), null))));
        LitigationCase defended = sue(d("2025-10-20"));
        defend(defended.id(), d("2025-10-24"));
        m.put("pending, defended", defended);
        LitigationCase upcoming = sue(d("2025-10-20"));
        on(d("2025-10-27"));
        hearing(upcoming.id(), d("2025-11-20"), d("2025-10-27"));
        m.put("pending, hearing set", upcoming);
        LitigationCase due = sue(d("2025-10-20"));
        on(d("2025-10-27"));
        hearing(due.id(), TODAY, null);
        m.put("pending, hearing held, unrecorded", due);
        LitigationCase recorded = sue(d("2025-10-01"));
        heard(recorded.id(), d("2025-10-28"), AppearanceRole.HEAD);
        m.put("pending, hearing recorded", recorded);
        LitigationCase a = sue(d("2025-09-01"));
        judge(a.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-10-30"), true);
        m.put("judged, appeal period running", a);
        LitigationCase b = sue(d("2025-09-01"));
        judge(b.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.CLAIMS_DISMISSED, d("2025-10-10"), false);
        m.put("judged, appeal period over", b);
        LitigationCase r = sue(d("2025-09-01"));
        judge(r.id(), JudgmentKind.RULING, JudgmentOutcome.SUIT_DISMISSED, d("2025-10-28"), false);
        m.put("ruled, appeal period running", r);
        LitigationCase w = sue(d("2025-09-01"));
        judge(w.id(), JudgmentKind.RULING, JudgmentOutcome.WITHDRAWN, d("2025-10-28"), false);
        m.put("withdrawn", w);
        LitigationCase first = sue(d("2025-08-01"));
        judge(first.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-10-20"), true);
        on(d("2025-10-25"));
        LitigationCase second = handler(() -> cases.appeal(first.id(), new AppealRequest(Appellant.OTHER_PARTY,
                d("2025-10-24"), "中级人民法院", "(2025)测行终" + fx.tag() + SERIAL.incrementAndGet() + "号", d("2025-10-25"),
                null)));
        m.put("appealed", first);
        m.put("second instance, pending", second);
        LitigationCase first2 = sue(d("2025-07-01"));
        judge(first2.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-08-01"), true);
        on(d("2025-08-10"));
        LitigationCase second2 = handler(() -> cases.appeal(first2.id(), new AppealRequest(Appellant.DEFENDANT,
                d("2025-08-10"), "中级人民法院", "(2025)测行终" + fx.tag() + SERIAL.incrementAndGet() + "号", null, null)));
        judge(second2.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.APPEAL_DISMISSED, d("2025-10-30"), false);
        m.put("second instance, judged", second2);
        LitigationCase duty = sue(d("2025-08-01"));
        judge(duty.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.ORDERED_PERFORMANCE, d("2025-09-01"), true);
        on(d("2025-10-01"));
        handler(() -> cases.becomeEffective(duty.id(), new EffectRequest(d("2025-09-17"), null)));
        m.put("effective, to fulfil", duty);
        LitigationCase nothing = sue(d("2025-08-01"));
        judge(nothing.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.CLAIMS_DISMISSED, d("2025-09-01"), false);
        on(d("2025-10-01"));
        handler(() -> cases.becomeEffective(nothing.id(), new EffectRequest(d("2025-09-17"), null)));
        m.put("effective, nothing to do", nothing);
        LitigationCase closed = sue(d("2025-08-01"));
        judge(closed.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.CLAIMS_DISMISSED, d("2025-09-01"), false);
        on(d("2025-10-01"));
        handler(() -> cases.becomeEffective(closed.id(), new EffectRequest(d("2025-09-17"), null)));
        handler(() -> cases.closeWithoutPerformance(closed.id(), new EffectRequest(d("2025-10-01"), null)));
        m.put("closed", closed);
        LitigationCase town = sue(fx.town(), d("2025-10-27"));
        m.put("pending, against the town", town);

        Map<String, LitigationCase> reloaded = new LinkedHashMap<>();
        m.forEach((k, v) -> reloaded.put(k, reload(v.id())));
        return reloaded;
    }

    private Guide<LitigationStatus> guideAs(String user, long id) {
        try {
            return as(user, () -> guide.of(id));
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Outcome take(String user, Supplier<?> step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                step.get();
                return Outcome.DONE;
            } catch (RefusedException e) {
                return Outcome.refused(e.code());
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            } catch (InvalidInputException e) {
                return Outcome.invalid(e.fieldProblems().isEmpty() ? e.messageKey()
                        : e.fieldProblems().get(0).field() + ":" + e.fieldProblems().get(0).messageKey());
            }
        }));
    }

    /** The step with input valid in whichever state lets it through. */
    private Object attempt(LitigationCase c, Step step) {
        long id = c.id();
        int n = SERIAL.incrementAndGet();
        return switch (step) {
            case SUBMIT_DEFENCE -> cases.submitDefence(id, new DefenceRequest(TODAY, "答辩。", null));
            case SCHEDULE_HEARING -> cases.scheduleHearing(id, new CourtHearingRequest(TODAY.plusDays(20), "法庭", false,
                    null, null));
            case RECORD_APPEARANCE -> cases.recordAppearance(id, new AppearanceRequest(AppearanceRole.HEAD, "局长", "局长",
                    null, null, null));
            case RECORD_JUDGMENT -> cases.recordJudgment(id, new JudgmentRequest(JudgmentKind.JUDGMENT,
                    JudgmentOutcome.REVOKED, "判" + fx.tag() + n, TODAY, false, "要旨。", null));
            case APPEAL -> {
                LocalDate due = overviews.of(id).appealDue();
                LocalDate on = due == null || TODAY.isBefore(due) ? TODAY : due;
                yield cases.appeal(id, new AppealRequest(Appellant.DEFENDANT, on, "中级人民法院", "终" + fx.tag() + n,
                        null, null));
            }
            case BECOME_EFFECTIVE -> cases.becomeEffective(id, new EffectRequest(TODAY, null));
            case RECORD_FULFILMENT -> cases.recordFulfilment(id, new FulfilmentRequest(TODAY, "履行。", null, null));
            case CLOSE_WITHOUT_PERFORMANCE -> cases.closeWithoutPerformance(id, new EffectRequest(TODAY, null));
        };
    }
}
