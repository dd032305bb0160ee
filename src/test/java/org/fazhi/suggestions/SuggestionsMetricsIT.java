package org.fazhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * The figures are the records: reply rate, on-time rate, satisfaction (SD-06), re-handlings and the reply
 * rate on normative documents (SD-02) of the fixture's lead unit, each equal to a count of the records behind
 * it, and changing one record changes the figure.
 */
@FazhiIT
class SuggestionsMetricsIT extends SuggestionsTestBase {

    private MetricSource source() {
        return ctx.getBeansOfType(MetricSource.class).values().stream()
                .filter(m -> m.metrics().stream().anyMatch(x -> x.id().equals("suggestions.reply-rate"))).findFirst()
                .orElseThrow();
    }

    private MetricValue value(String id) {
        MetricValue v = source().value(id, Set.of(fx.lead()), 2026);
        List<MetricRecord> records = source().records(id, Set.of(fx.lead()), 2026);
        assertThat(v.numerator()).as(id + " numerator = counted records")
                .isEqualTo(records.stream().filter(MetricRecord::counted).count());
        if (!id.equals("suggestions.rehandled")) {
            assertThat(v.denominator()).as(id + " denominator = records").isEqualTo(records.size());
        }
        return v;
    }

    private Suggestion assignedOn(String date, String title, boolean normdocs) {
        on(date);
        Suggestion s = registered(SuggestionKind.NPC_SUGGESTION, title, normdocs);
        return as(fx.coordinator(), () -> suggestions.assign(s.id(), new AssignRequest(fx.lead(), List.of(),
                today(), false, null)));
    }

    @Test
    void theFiguresEqualTheRecordsAndChangeWithThem() {
        Suggestion onTime = assignedOn("2026-01-05", "按期答复", true);
        Suggestion late = assignedOn("2026-01-05", "逾期答复", false);
        Suggestion unanswered = assignedOn("2026-01-05", "未答复", false);
        on("2026-06-10");
        // 3 months from 2026-01-05 is 2026-04-05, in the 清明节 holiday: due 2026-04-07
        as(fx.clerk(), () -> suggestions.answer(onTime.id(), new AnswerRequest(AnswerCategory.A, "已解决",
                d("2026-02-01"), null, null)));
        as(fx.clerk(), () -> suggestions.answer(late.id(), new AnswerRequest(AnswerCategory.C, "留作参考",
                d("2026-05-01"), null, null)));
        as(fx.clerk(), () -> suggestions.feedback(onTime.id(), new FeedbackRequest(Satisfaction.SATISFIED, null,
                d("2026-02-10"), null)));
        as(fx.clerk(), () -> suggestions.feedback(late.id(), new FeedbackRequest(Satisfaction.DISSATISFIED, "未解决",
                d("2026-06-01"), null)));

        MetricValue reply = value("suggestions.reply-rate");
        assertThat(reply.numerator()).isEqualTo(1);
        assertThat(reply.denominator()).isEqualTo(3);
        MetricValue onTimeRate = value("suggestions.on-time-rate");
        assertThat(onTimeRate.numerator()).isEqualTo(1);
        assertThat(onTimeRate.denominator()).isEqualTo(2);
        MetricValue satisfaction = value("suggestions.satisfaction-rate");
        assertThat(satisfaction.numerator()).isEqualTo(1);
        assertThat(satisfaction.denominator()).isEqualTo(2);
        assertThat(value("suggestions.rehandled").numerator()).isEqualTo(1);
        MetricValue normdocs = value("suggestions.normdoc-reply-rate");
        assertThat(normdocs.numerator()).isEqualTo(1);
        assertThat(normdocs.denominator()).isEqualTo(1);

        // the re-handled one is answered in time and the proposer is basically satisfied: the figures move
        as(fx.clerk(), () -> suggestions.answer(late.id(), new AnswerRequest(AnswerCategory.B, "已列入计划",
                d("2026-06-10"), null, null)));
        as(fx.clerk(), () -> suggestions.feedback(late.id(), new FeedbackRequest(Satisfaction.BASICALLY_SATISFIED,
                null, d("2026-06-10"), null)));
        assertThat(value("suggestions.on-time-rate").numerator()).isEqualTo(2);
        assertThat(value("suggestions.on-time-rate").denominator()).isEqualTo(3);
        assertThat(value("suggestions.satisfaction-rate").numerator()).isEqualTo(2);
        assertThat(value("suggestions.satisfaction-rate").denominator()).isEqualTo(3);
        // the unanswered one is answered late: counted due, still not within its limit
        as(fx.clerk(), () -> suggestions.answer(unanswered.id(), new AnswerRequest(AnswerCategory.B, "迟复",
                d("2026-06-10"), null, null)));
        assertThat(value("suggestions.reply-rate").numerator()).isEqualTo(1);
        assertThat(value("suggestions.reply-rate").denominator()).isEqualTo(3);
        assertThat(source().metrics()).filteredOn(m -> m.id().equals("suggestions.satisfaction-rate"))
                .singleElement().satisfies(m -> assertThat(m.ruleId()).isEqualTo("SD-06"));
    }
}
