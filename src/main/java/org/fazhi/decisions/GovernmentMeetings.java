package org.fazhi.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.decisions.internal.DecisionFacts;
import org.fazhi.decisions.internal.DecisionProcedure;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.DecisionStore;
import org.fazhi.decisions.internal.MaterialsDossier;
import org.fazhi.decisions.internal.MeetingFacts;
import org.fazhi.decisions.internal.MeetingProcedure;
import org.fazhi.decisions.internal.MeetingProcedure.Step;
import org.fazhi.decisions.internal.MeetingRecord;
import org.fazhi.decisions.internal.MeetingSteps;
import org.fazhi.decisions.internal.MeetingStore;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewType;
import org.fazhi.review.SubmissionRequest;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collective decision (集体讨论决定, MD-07) at a government's 常务会议 or 全体会议: the meeting convened;
 * a major decision tabled through its own procedure (reviewed version, complete materials) or any other
 * topic put on the agenda; every topic of a 常务会议 sent to the review desk (ReviewType MEETING_TOPIC)
 * and deliberated only once its review passed; the attendance with the head of government; each topic's
 * speakers in order — a record in which the head of government does not speak last is refused — the
 * outcome, the head's stated reason when it goes against the majority, dissent kept; the meeting
 * closed only when every topic is reviewed and decided. The outcome moves the decision's procedure in
 * the same transaction.
 */
@Service
@Transactional
public class GovernmentMeetings {

    private final MeetingStore store;
    private final MeetingSteps steps;
    private final DecisionSteps decisionSteps;
    private final DecisionStore decisions;
    private final MaterialsDossier dossier;
    private final LegalityReviews reviews;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final MessageSource messages;

    GovernmentMeetings(MeetingStore store, MeetingSteps steps, DecisionSteps decisionSteps, DecisionStore decisions,
            MaterialsDossier dossier, LegalityReviews reviews, DataScope scope, Units units, AuditLog audit,
            MessageSource messages) {
        this.store = store;
        this.steps = steps;
        this.decisionSteps = decisionSteps;
        this.decisions = decisions;
        this.dossier = dossier;
        this.reviews = reviews;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    /** Convenes a meeting of the actor's government (or one in its scope). */
    @Allowed.Drafters
    public Meeting create(MeetingRequest r) {
        long unitId = r.unitId() != null ? r.unitId() : home();
        if (!scope.canSee(unitId)) {
            throw InvalidInputException.field("unitId", "decisions.unit.outside-scope");
        }
        MeetingRecord record = MeetingRecord.convened(unitId, r.kind(), r.title().strip(), r.meetingDate(),
                r.place() == null || r.place().isBlank() ? null : r.place().strip(), Actor.current().userId(),
                steps.now());
        steps.save(record);
        Meeting m = store.find(record.id()).orElseThrow();
        audit.created(Meeting.SUBJECT.name(), m.id(), Map.of("unitId", unitId, "kind", r.kind(), "title", m.title(),
                "meetingDate", r.meetingDate()));
        return m;
    }

    /**
     * Tables a major decision of this government: the decision's own procedure lets it (a passing review
     * of the current version, MD-06; the procedures done or waived; complete materials, MD-07) and the
     * topic keeps the exact version and the materials as they stand now.
     */
    @Allowed.Drafters
    public MeetingTopic tableDecision(long meetingId, long decisionId) {
        decisionSteps.precheck(decisionId, DecisionProcedure.Step.TABLE);
        MeetingSteps.Taken step = steps.take(meetingId, Step.ADD_TOPIC, null, null);
        DecisionSteps.Taken tabled = decisionSteps.take(decisionId, DecisionProcedure.Step.TABLE, null);
        MajorDecision d = tabled.decision();
        if (!d.decidingUnitId().equals(step.meeting().unitId())) {
            throw InvalidInputException.field("decisionId", "decisions.meeting.other-government");
        }
        DecisionFacts f = tabled.facts();
        String materials = dossier.of(f);
        long topicId = store.addTopic(meetingId, MeetingTopic.TopicKind.MAJOR_DECISION, d.title(), d.unitId(), d.id(),
                d.currentVersionId(), materials, DecisionStore.sha256(materials), Actor.current().userId());
        decisionSteps.complete(tabled, Map.of("meetingId", meetingId, "topicId", topicId, "versionId",
                d.currentVersionId()));
        steps.complete(step, Map.of("topicId", topicId, "decisionId", decisionId, "versionId", d.currentVersionId()));
        return store.topic(topicId).orElseThrow();
    }

    /** Puts a topic that is not a major decision on the agenda, with its materials. */
    @Allowed.Drafters
    public MeetingTopic addTopic(long meetingId, TopicRequest r) {
        MeetingSteps.Taken step = steps.take(meetingId, Step.ADD_TOPIC, null, null);
        Unit government = units.find(step.meeting().unitId()).orElseThrow();
        Unit sponsor = units.find(r.sponsorUnitId()).orElse(null);
        if (sponsor == null || !sponsor.isWithin(government)) {
            throw InvalidInputException.field("sponsorUnitId", "decisions.meeting.sponsor-outside");
        }
        String materials = r.materials().strip();
        long topicId = store.addTopic(meetingId, MeetingTopic.TopicKind.OTHER, r.title().strip(), sponsor.id(), null,
                null, materials, DecisionStore.sha256(r.title().strip(), materials), Actor.current().userId());
        steps.complete(step, Map.of("topicId", topicId, "title", r.title().strip()));
        return store.topic(topicId).orElseThrow();
    }

    /** Sends a topic's materials to the review desk of the government (议题合法性审查, ReviewType MEETING_TOPIC). */
    @Allowed.Drafters
    public LegalityReview submitTopicForReview(long meetingId, long topicId) {
        MeetingSteps.Taken step = steps.take(meetingId, Step.SUBMIT_TOPIC_FOR_REVIEW, topicId, null);
        MeetingTopic t = step.facts().topic().orElseThrow();
        LegalityReview r = reviews.submit(new SubmissionRequest(ReviewType.MEETING_TOPIC,
                ReviewSubject.of(MeetingTopic.SUBJECT.ref(t.id()), t.title(), t.id(), 1, t.materialsSha256(),
                        "/console/decisions/meetings/" + meetingId + "#topic-" + t.id()),
                t.sponsorUnitId(), step.meeting().unitId()));
        steps.complete(step, Map.of("topicId", t.id(), "reviewId", r.id()));
        return r;
    }

    /** Takes a topic off the agenda (a tabled decision goes back to its reviewed state). */
    @Allowed.Drafters
    public Meeting removeTopic(long meetingId, long topicId, String reason) {
        MeetingSteps.Taken step = steps.take(meetingId, Step.REMOVE_TOPIC, topicId, null);
        String why = required("reason", reason, 1000);
        MeetingTopic t = step.facts().topic().orElseThrow();
        store.removeTopic(t.id(), why);
        untable(t, why);
        return steps.complete(step, Map.of("topicId", t.id(), "reason", why));
    }

    /** Records who attended, on or after the meeting's day; exactly one attendee is the head of government. */
    @Allowed.Drafters
    public Meeting recordAttendance(long meetingId, AttendanceRequest r) {
        MeetingSteps.Taken step = steps.take(meetingId, Step.RECORD_ATTENDANCE, null, null);
        long heads = r.attendees().stream().filter(a -> Boolean.TRUE.equals(a.head())).count();
        if (heads != 1) {
            throw InvalidInputException.field("attendees", "decisions.meeting.one-head");
        }
        store.attendance(meetingId, r.attendees());
        step.record().held(steps.now());
        return steps.complete(step, Map.of("attendees", r.attendees().size(), "head", r.attendees().stream()
                .filter(a -> Boolean.TRUE.equals(a.head())).findFirst().orElseThrow().name()));
    }

    /**
     * Records a topic's deliberation: each speaker in order, the head of government last (head-not-last
     * otherwise); the majority of the members' positions, and when the outcome goes against it the
     * head's stated reason (against-majority-without-reason otherwise); dissent is marked on the speeches
     * that oppose the outcome. A decision topic moves the decision: passed, sent back for revision, or
     * not passed (a change under MD-11 not adopted leaves the decision in force).
     */
    @Allowed.Drafters
    public MeetingTopic recordDeliberation(long meetingId, long topicId, DeliberationRecordRequest r) {
        MeetingSteps.Taken step = steps.take(meetingId, Step.RECORD_DELIBERATION, topicId, null);
        Meeting m = step.meeting();
        MeetingTopic t = step.facts().topic().orElseThrow();
        Map<Long, MeetingAttendee> attendees = new HashMap<>();
        m.attendees().forEach(a -> attendees.put(a.id(), a));
        Set<Long> spoke = new HashSet<>();
        for (DeliberationRecordRequest.Speech s : r.speeches()) {
            if (!attendees.containsKey(s.attendeeId())) {
                throw InvalidInputException.field("speeches", "decisions.meeting.speaker-unknown");
            }
            if (!spoke.add(s.attendeeId())) {
                throw InvalidInputException.field("speeches", "decisions.meeting.speaker-twice",
                        attendees.get(s.attendeeId()).name());
            }
        }
        MeetingAttendee head = m.head();
        DeliberationRecordRequest.Speech last = r.speeches().get(r.speeches().size() - 1);
        if (head == null || !last.attendeeId().equals(head.id())) {
            throw new RefusedException("head-not-last", "decisions.refused.head-not-last",
                    head == null ? "-" : head.name(), org.fazhi.decisions.internal.DecisionsRules.COLLECTIVE_DECISION);
        }
        long agree = 0;
        long disagree = 0;
        for (DeliberationRecordRequest.Speech s : r.speeches()) {
            MeetingAttendee a = attendees.get(s.attendeeId());
            if (a.head() || !a.voting()) {
                continue;
            }
            if (s.stance() == MeetingTopic.Stance.AGREE) {
                agree++;
            } else if (s.stance() == MeetingTopic.Stance.DISAGREE) {
                disagree++;
            }
        }
        MeetingTopic.Stance majority = agree > disagree ? MeetingTopic.Stance.AGREE
                : disagree > agree ? MeetingTopic.Stance.DISAGREE : null;
        MeetingTopic.Stance direction = r.outcome() == MeetingTopic.TopicOutcome.PASSED ? MeetingTopic.Stance.AGREE
                : MeetingTopic.Stance.DISAGREE;
        String headReason = r.headReason() == null || r.headReason().isBlank() ? null : r.headReason().strip();
        if (majority != null && majority != direction && headReason == null) {
            throw new RefusedException("against-majority-without-reason",
                    "decisions.refused.against-majority-without-reason", agree, disagree,
                    org.fazhi.decisions.internal.DecisionsRules.COLLECTIVE_DECISION);
        }
        int seq = 1;
        for (DeliberationRecordRequest.Speech s : r.speeches()) {
            boolean dissent = s.stance() != MeetingTopic.Stance.ABSTAIN && s.stance() != direction;
            store.speech(t.id(), seq++, s.attendeeId(), s.stance(), s.opinion().strip(), dissent);
        }
        String conclusion = r.conclusion() == null || r.conclusion().isBlank() ? null : r.conclusion().strip();
        store.deliberated(t.id(), r.outcome(), majority, headReason, conclusion, Actor.current().userId());
        if (t.decisionId() != null) {
            decide(t, m, r.outcome(), conclusion, headReason);
        }
        steps.complete(step, Map.of("topicId", t.id(), "outcome", r.outcome(), "speakers", r.speeches().size(),
                "majority", majority == null ? "" : majority, "headReason", headReason == null ? "" : headReason));
        return store.topic(t.id()).orElseThrow();
    }

    /** Closes the meeting: every topic of a 常务会议 reviewed, every topic decided or taken off the agenda. */
    @Allowed.Drafters
    public Meeting close(long meetingId) {
        MeetingSteps.Taken step = steps.take(meetingId, Step.CLOSE, null, null);
        step.record().closed(step.today(), Actor.current().userId(), steps.now());
        return steps.complete(step, Map.of("closedOn", step.today()));
    }

    /** Calls the meeting off before it is held: its decision topics go back, open topic reviews are withdrawn. */
    @Allowed.Drafters
    public Meeting cancel(long meetingId, String reason) {
        MeetingSteps.Taken step = steps.take(meetingId, Step.CANCEL, null, null);
        String why = required("reason", reason, 1000);
        step.record().cancelled(why, steps.now());
        Meeting done = steps.complete(step, Map.of("reason", why));
        for (MeetingTopic t : step.meeting().topics()) {
            if (t.status() == MeetingTopic.TopicStatus.LISTED) {
                store.removeTopic(t.id(), why);
                untable(t, why);
            }
        }
        return done;
    }

    // ----- reads -----

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public Meeting get(long id) {
        return steps.visible(id);
    }

    /** A meeting's page: the meeting, unit names, each topic's review, the guides, the decisions it may table. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public MeetingOverview overview(long id) {
        Meeting m = steps.visible(id);
        MeetingFacts f = steps.facts(m);
        Map<Long, String> states = new LinkedHashMap<>();
        Map<Long, Long> reviewIds = new LinkedHashMap<>();
        Map<Long, List<StepCheck>> topicSteps = new LinkedHashMap<>();
        Set<Long> unitIds = new HashSet<>();
        unitIds.add(m.unitId());
        for (MeetingTopic t : m.topics()) {
            states.put(t.id(), f.review(t).name());
            reviews.forSubject(MeetingTopic.SUBJECT.ref(t.id())).stream().reduce((a, b) -> b)
                    .ifPresent(r -> reviewIds.put(t.id(), r.id()));
            topicSteps.put(t.id(), MeetingProcedure.PROCEDURE.checks(f.about(t), MeetingProcedure.TOPIC_STEPS));
            unitIds.add(t.sponsorUnitId());
        }
        Guide<MeetingStatus> guide = new Guide<>(m.status(), "decisions.meeting.next." + m.status().name(), List.of(),
                MeetingProcedure.PROCEDURE.checks(f, MeetingProcedure.MEETING_STEPS));
        List<MajorDecision> tableable = m.status() == MeetingStatus.PLANNED ? tableable(m) : List.of();
        return new MeetingOverview(m, units.names(unitIds), states, reviewIds, guide, topicSteps, tableable);
    }

    /** The meetings of the units the actor may see, latest first. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<Meeting> list() {
        return store.ofUnits(scope.visibleUnitIds());
    }

    // ----- helpers -----

    /** The government's decisions whose procedure lets them be tabled now. */
    private List<MajorDecision> tableable(Meeting m) {
        List<MajorDecision> out = new ArrayList<>();
        for (MajorDecision d : decisions.ofUnits(Set.of(m.unitId()), null)) {
            if (d.decidingUnitId().equals(m.unitId()) && (d.status() == DecisionStatus.REVIEWED
                    || d.status() == DecisionStatus.DRAFTING)) {
                if (decisionSteps.systemMay(d.id(), DecisionProcedure.Step.TABLE)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private void decide(MeetingTopic t, Meeting m, MeetingTopic.TopicOutcome outcome, String conclusion,
            String headReason) {
        MajorDecision d = decisions.find(t.decisionId()).orElseThrow();
        DecisionProcedure.Step s = switch (outcome) {
            case PASSED -> DecisionProcedure.Step.DECIDE_PASSED;
            case REVISE -> DecisionProcedure.Step.DECIDE_REVISE;
            case NOT_PASSED -> d.roundNo() > 1 ? DecisionProcedure.Step.CHANGE_NOT_ADOPTED
                    : DecisionProcedure.Step.DECIDE_NOT_PASSED;
        };
        DecisionSteps.Taken taken = decisionSteps.takeAsSystem(d.id(), s);
        switch (s) {
            case DECIDE_PASSED -> taken.record().decided(t.decisionVersionId(), m.meetingDate(), t.id(),
                    decisionSteps.now());
            case DECIDE_NOT_PASSED -> taken.record().stopped(conclusion != null ? conclusion
                    : messages.getMessage("decisions.stopped.not-passed", new Object[] {m.title()}, Locale.SIMPLIFIED_CHINESE),
                    decisionSteps.now());
            case CHANGE_NOT_ADOPTED -> taken.record().changeRejected(decisionSteps.now());
            default -> taken.record().touched(decisionSteps.now());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meetingId", m.id());
        details.put("meeting", m.title());
        details.put("meetingDate", m.meetingDate());
        details.put("topicId", t.id());
        details.put("versionId", t.decisionVersionId());
        details.put("outcome", outcome);
        details.put("headReason", headReason == null ? "" : headReason);
        decisionSteps.complete(taken, details);
    }

    private void untable(MeetingTopic t, String reason) {
        reviews.forSubject(MeetingTopic.SUBJECT.ref(t.id())).stream().filter(r -> r.status().isOpen())
                .forEach(r -> reviews.withdraw(r.id(), reason));
        if (t.decisionId() != null && decisionSteps.systemMay(t.decisionId(), DecisionProcedure.Step.UNTABLE)) {
            decisionSteps.complete(decisionSteps.takeAsSystem(t.decisionId(), DecisionProcedure.Step.UNTABLE),
                    Map.of("topicId", t.id(), "reason", reason));
        }
    }

    private static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.field(field, "decisions.text.required");
        }
        if (text.strip().length() > max) {
            throw InvalidInputException.field(field, "decisions.text.too-long", max);
        }
        return text.strip();
    }

    private static long home() {
        Long unit = Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "decisions.unit.required");
        }
        return unit;
    }

}
