package org.fazhi.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.decisions.Meeting;
import org.fazhi.decisions.MeetingStatus;
import org.fazhi.decisions.MeetingTopic;
import org.fazhi.decisions.internal.MeetingProcedure.Step;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewStatus;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a government meeting runs: lock the meeting (404 outside the actor's scope),
 * check the version the page was based on, let {@link MeetingProcedure} decide on the facts (about
 * one topic where the step is), then move the state, save the versioned root and audit, in one
 * transaction.
 */
@Component
public class MeetingSteps {

    /** A step let through: the locked root, the facts, where it leads. */
    public record Taken(Step step, MeetingRecord record, MeetingFacts facts, MeetingStatus next) {

        public Meeting meeting() {
            return facts.meeting();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final MeetingRecords records;
    private final MeetingStore store;
    private final LegalityReviews reviews;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    MeetingSteps(MeetingRecords records, MeetingStore store, LegalityReviews reviews, DataScope scope, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.store = store;
        this.reviews = reviews;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes {@code step} on a meeting the actor may see, about {@code topicId} (null: the meeting). */
    public Taken take(long id, Step step, Long topicId, Integer expectedVersion) {
        Meeting m = store.lock(id).filter(x -> scope.canSee(x.unitId())).orElseThrow(() -> notFound(id));
        StaleVersionException.check(expectedVersion, m.version(), Meeting.SUBJECT.name(), id);
        MeetingTopic topic = topicId == null ? null : m.topics().stream().filter(t -> t.id().equals(topicId))
                .findFirst().orElseThrow(() -> new NotFoundException(MeetingTopic.SUBJECT.name(), topicId));
        MeetingFacts f = facts(m).about(topic);
        MeetingStatus next = MeetingProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public Meeting visible(long id) {
        return store.find(id).filter(x -> scope.canSee(x.unitId())).orElseThrow(() -> notFound(id));
    }

    public MeetingFacts facts(Meeting m) {
        Map<Long, MeetingFacts.TopicReview> states = new HashMap<>();
        for (MeetingTopic t : m.topics()) {
            states.put(t.id(), review(t));
        }
        return new MeetingFacts(m, scope.canSee(m.unitId()),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()), states, Optional.empty(),
                LocalDate.now(clock));
    }

    /** Where a topic's own legality review stands at the desk. */
    public MeetingFacts.TopicReview review(MeetingTopic t) {
        List<LegalityReview> rounds = reviews.forSubject(MeetingTopic.SUBJECT.ref(t.id()));
        if (rounds.stream().anyMatch(r -> r.status().isOpen())) {
            return MeetingFacts.TopicReview.PENDING;
        }
        return rounds.stream().filter(r -> r.status() == ReviewStatus.CONCLUDED).reduce((a, b) -> b)
                .map(r -> r.outcome().passes() ? MeetingFacts.TopicReview.PASSED : MeetingFacts.TopicReview.UNLAWFUL)
                .orElse(MeetingFacts.TopicReview.NONE);
    }

    public Meeting complete(Taken taken, Map<String, ?> details) {
        MeetingStatus before = taken.meeting().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(Meeting.SUBJECT.name(), taken.meeting().id(), MeetingProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.find(taken.meeting().id()).orElseThrow();
    }

    public void save(MeetingRecord record) {
        try {
            records.save(record);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Meeting.SUBJECT.name(), id);
    }
}
