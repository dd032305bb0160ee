package org.fazhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.files.FileStore;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The answer clocks of NP-01 and NP-02 on the official calendar (a last day on a holiday rolls to the next
 * working day; a make-up working day (调休) is a working day), the longer limit, re-handling on
 * dissatisfaction with a new clock, and the refusals of the procedure naming the rule and its number.
 */
@FazhiIT
class SuggestionClocksIT extends SuggestionsTestBase {

    private Suggestion assignOn(SuggestionKind kind, String receivedOn, String assignedOn, boolean difficult) {
        on(receivedOn);
        Suggestion s = registered(kind, "期限测试");
        on(assignedOn);
        return as(fx.coordinator(), () -> suggestions.assign(s.id(), new AssignRequest(fx.lead(), List.of(fx.co()),
                d(assignedOn), difficult, null)));
    }

    @Test
    void np01AnswerIsDueThreeMonthsAfterAssignmentAndALastDayInTheNationalDayHolidayRollsOver() {
        Suggestion s = assignOn(SuggestionKind.NPC_SUGGESTION, "2026-06-30", "2026-07-01", false);
        TrackedDeadline clock = clockOf(s.id());
        assertThat(clock.ruleId()).isEqualTo("NP-01");
        // 2026-10-01 is 国庆节 (holiday to 10-07): the last day is the next working day
        assertThat(clock.dueDate()).isEqualTo(d("2026-10-08"));
        assertThat(clock.ownerUnitId()).isEqualTo(fx.lead());
        assertThat(clock.label()).isEqualTo("suggestions.deadline.answer");
        assertThat(s.status()).isEqualTo(SuggestionStatus.HANDLING);
    }

    @Test
    void np01LastDayOnAMakeUpWorkingDayStaysThere() {
        // 2026-09-20 is a Sunday worked in exchange for the National Day holiday (调休)
        Suggestion s = assignOn(SuggestionKind.NPC_SUGGESTION, "2026-06-19", "2026-06-20", false);
        assertThat(clockOf(s.id()).dueDate()).isEqualTo(d("2026-09-20"));
    }

    @Test
    void np01DifficultSuggestionIsDueSixMonthsAfterAssignment() {
        Suggestion s = assignOn(SuggestionKind.NPC_SUGGESTION, "2026-03-31", "2026-04-01", true);
        TrackedDeadline clock = clockOf(s.id());
        assertThat(clock.dueDate()).isEqualTo(d("2026-10-08"));
        assertThat(clock.label()).isEqualTo("suggestions.deadline.answer-longer");
    }

    @Test
    void np02ProposalIsDueThreeMonthsAfterAssignmentPastTheLabourDayHoliday() {
        Suggestion s = assignOn(SuggestionKind.CPPCC_PROPOSAL, "2026-01-30", "2026-02-01", false);
        TrackedDeadline clock = clockOf(s.id());
        assertThat(clock.ruleId()).isEqualTo("NP-02");
        assertThat(clock.dueDate()).isEqualTo(d("2026-05-06"));
    }

    @Test
    void np02ExplainedBeforehandGetsAtMostSixMonthsAndTheFirstClockIsCancelled() {
        Suggestion s = assignOn(SuggestionKind.CPPCC_PROPOSAL, "2026-01-30", "2026-02-01", false);
        long first = s.answerDeadlineId();
        on("2026-03-01");
        Suggestion x = as(fx.clerk(), () -> suggestions.extend(s.id(), new ExtensionRequest("涉及多部门，已事先说明", null)));
        assertThat(deadlines.find(first).orElseThrow().status()).isEqualTo(DeadlineStatus.CANCELLED);
        // six months from 2026-02-01 is Saturday 2026-08-01: the next working day
        assertThat(clockOf(x.id()).dueDate()).isEqualTo(d("2026-08-03"));
        assertThat(x.extendedOn()).isEqualTo(d("2026-03-01"));
    }

    @Test
    void theLongerLimitAfterTheFirstHasEndedIsRefusedNamingTheRuleAndItsNumber() {
        Suggestion s = assignOn(SuggestionKind.CPPCC_PROPOSAL, "2026-01-30", "2026-02-01", false);
        on("2026-05-07");
        assertThatThrownBy(() -> as(fx.clerk(), () -> suggestions.extend(s.id(), new ExtensionRequest("太晚", null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("extension-too-late");
                    assertThat(e.args()).contains("NP-02", "3", "2026-05-06");
                });
    }

    @Test
    void aDifficultSuggestionCannotBeExtendedAgain() {
        Suggestion s = assignOn(SuggestionKind.NPC_SUGGESTION, "2026-03-31", "2026-04-01", true);
        on("2026-05-01");
        assertThatThrownBy(() -> as(fx.clerk(), () -> suggestions.extend(s.id(), new ExtensionRequest("再延", null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("already-extended");
                    assertThat(e.args()).contains("NP-01", "6");
                });
    }

    @Test
    void theAnswerMeetsTheClockAndALateAnswerIsMarkedLate() {
        Suggestion s = assignOn(SuggestionKind.NPC_SUGGESTION, "2026-06-30", "2026-07-01", false);
        on("2026-10-09");
        as(fx.clerk(), () -> suggestions.answer(s.id(), new AnswerRequest(AnswerCategory.B, "列入计划", d("2026-10-09"),
                null, null)));
        TrackedDeadline clock = deadlines.find(s.answerDeadlineId()).orElseThrow();
        assertThat(clock.metOn()).isEqualTo(d("2026-10-09"));
        assertThat(clock.late()).isTrue();
        HandlingRound round = as(fx.clerk(), () -> suggestions.overview(s.id())).rounds().get(0);
        assertThat(round.late()).isTrue();
        assertThat(round.category()).isEqualTo(AnswerCategory.B);
        assertThat(get(s.id()).status()).isEqualTo(SuggestionStatus.ANSWERED);
    }

    @Test
    void dissatisfactionSendsItBackForRehandlingWithANewClockCountedAsARoundOfItsOwn() {
        Suggestion s = assignOn(SuggestionKind.NPC_SUGGESTION, "2026-03-01", "2026-03-02", false);
        long first = s.answerDeadlineId();
        on("2026-04-01");
        answered(s, AnswerCategory.C);
        on("2026-07-01");
        Suggestion back = as(fx.clerk(), () -> suggestions.feedback(s.id(), new FeedbackRequest(
                Satisfaction.DISSATISFIED, "未解决", d("2026-07-01"), null)));
        assertThat(back.status()).isEqualTo(SuggestionStatus.REHANDLING);
        assertThat(back.round()).isEqualTo(2);
        assertThat(back.answerDeadlineId()).isNotEqualTo(first);
        assertThat(deadlines.find(first).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        TrackedDeadline again = deadlines.find(back.answerDeadlineId()).orElseThrow();
        assertThat(again.startDate()).isEqualTo(d("2026-07-01"));
        assertThat(again.dueDate()).isEqualTo(d("2026-10-08"));
        assertThat(again.label()).isEqualTo("suggestions.deadline.rehandling");
        assertThat(again.status().isActive()).isTrue();

        on("2026-08-01");
        answered(back, AnswerCategory.B);
        Suggestion closed = as(fx.coordinator(), () -> suggestions.feedback(s.id(), new FeedbackRequest(
                Satisfaction.BASICALLY_SATISFIED, null, d("2026-08-01"), null)));
        assertThat(closed.status()).isEqualTo(SuggestionStatus.CLOSED);
        List<HandlingRound> rounds = as(fx.clerk(), () -> suggestions.overview(s.id())).rounds();
        assertThat(rounds).extracting(HandlingRound::round).containsExactly(1, 2);
        assertThat(rounds).extracting(HandlingRound::satisfaction)
                .containsExactly(Satisfaction.DISSATISFIED, Satisfaction.BASICALLY_SATISFIED);
        assertThat(deadlines.find(again.id()).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void assignmentIsTheCoordinatingUnitsNotTheLeadUnits() {
        Suggestion s = registered(SuggestionKind.NPC_SUGGESTION, "交办权限");
        assertThatThrownBy(() -> as(fx.otherOffice(), () -> suggestions.assign(s.id(), new AssignRequest(fx.lead(),
                List.of(), today(), false, null)))).isInstanceOf(org.fazhi.shared.NotFoundException.class);
        assertThatThrownBy(() -> as(fx.clerk(), () -> guide.of(s.id())))
                .isInstanceOf(org.fazhi.shared.NotFoundException.class);
    }

    @Test
    void onlyTheLeadUnitAnswersAndACoUnitGivesItsOpinionOnceARound() {
        Suggestion s = assigned(SuggestionKind.NPC_SUGGESTION, "会办意见");
        assertThatThrownBy(() -> as(fx.coClerk(), () -> suggestions.answer(s.id(), new AnswerRequest(AnswerCategory.A,
                "会办单位答复", today(), null, null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("not-lead-unit"));
        as(fx.coClerk(), () -> suggestions.opinion(s.id(), new OpinionRequest(fx.co(), "同意主办单位意见", today(), null)));
        assertThatThrownBy(() -> as(fx.coClerk(), () -> suggestions.opinion(s.id(), new OpinionRequest(fx.co(),
                "再提一次", today(), null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("opinion-given"));
        assertThatThrownBy(() -> as(fx.clerk(), () -> suggestions.opinion(s.id(), new OpinionRequest(fx.lead(),
                "主办单位不是会办单位", today(), null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("not-co-unit"));
    }

    @Test
    void aClosedSuggestionTakesNoFeedbackAndAnAnswerIsPublishedOnce() {
        Suggestion s = assigned(SuggestionKind.CPPCC_PROPOSAL, "公开一次");
        answered(s, AnswerCategory.A);
        as(fx.clerk(), () -> suggestions.feedback(s.id(), new FeedbackRequest(Satisfaction.SATISFIED, null, today(),
                null)));
        assertThatThrownBy(() -> as(fx.clerk(), () -> suggestions.feedback(s.id(), new FeedbackRequest(
                Satisfaction.DISSATISFIED, null, today(), null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("suggestion-closed"));
        as(fx.clerk(), () -> suggestions.publish(s.id(), new VersionRequest(null)));
        assertThatThrownBy(() -> as(fx.coordinator(), () -> suggestions.publish(s.id(), new VersionRequest(null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("already-published"));
    }

    @Autowired
    FileStore files;

    private long upload(String note) {
        byte[] pdf = ("%PDF-1.4\n% " + note + " " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return files.store(new java.io.ByteArrayInputStream(pdf), note + ".pdf", "application/pdf", null).id();
    }

    @Test
    void theAnswerDocumentIsTheCallersOwnUploadNeverAnotherRecordsFileNorAnotherUsersUpload() {
        Suggestion first = assigned(SuggestionKind.NPC_SUGGESTION, "答复文件一");
        Suggestion second = assigned(SuggestionKind.NPC_SUGGESTION, "答复文件二");
        long held = as(fx.clerk(), () -> upload("held"));
        as(fx.clerk(), () -> suggestions.answer(first.id(), new AnswerRequest(AnswerCategory.A, "已解决", today(), held,
                null)));

        // A file another record holds, though the clerk may read it: refused, nothing answered.
        assertThatThrownBy(() -> as(fx.clerk(), () -> suggestions.answer(second.id(), new AnswerRequest(
                AnswerCategory.A, "借用他案文件", today(), held, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("fileId"));
        // Another user's upload: refused too.
        long others = as(fx.coClerk(), () -> upload("others"));
        assertThatThrownBy(() -> as(fx.clerk(), () -> suggestions.answer(second.id(), new AnswerRequest(
                AnswerCategory.A, "借用他人上传", today(), others, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(get(second.id()).status()).isEqualTo(SuggestionStatus.HANDLING);

        // The clerk's own fresh upload is attached.
        long own = as(fx.clerk(), () -> upload("own"));
        as(fx.clerk(), () -> suggestions.answer(second.id(), new AnswerRequest(AnswerCategory.A, "已解决", today(), own,
                null)));
        assertThat(get(second.id()).status()).isEqualTo(SuggestionStatus.ANSWERED);
    }
}
