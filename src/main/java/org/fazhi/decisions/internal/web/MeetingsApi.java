package org.fazhi.decisions.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import org.fazhi.decisions.AttendanceRequest;
import org.fazhi.decisions.CancellationRequest;
import org.fazhi.decisions.DeliberationRecordRequest;
import org.fazhi.decisions.GovernmentMeetings;
import org.fazhi.decisions.Meeting;
import org.fazhi.decisions.MeetingOverview;
import org.fazhi.decisions.MeetingRequest;
import org.fazhi.decisions.MeetingTopic;
import org.fazhi.decisions.TablingRequest;
import org.fazhi.decisions.TopicRemovalRequest;
import org.fazhi.decisions.TopicRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Government meetings that decide collectively (MD-07): agenda, topic reviews, attendance, each topic's
 * deliberation (the head of government last), closing.
 */
@RestController
@RequestMapping("/api/v1/decisions/meetings")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "decisions", description = "重大行政决策 (major administrative decisions)")
class MeetingsApi {

    private final GovernmentMeetings meetings;

    MeetingsApi(GovernmentMeetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    @Operation(summary = "The meetings of the actor's governments, latest first")
    List<Meeting> list() {
        return meetings.list();
    }

    @PostMapping
    @Operation(summary = "Convene a 常务会议 or 全体会议")
    @Allowed.Drafters
    ResponseEntity<Meeting> create(@Valid @RequestBody MeetingRequest r) {
        Meeting m = meetings.create(r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/meetings/" + m.id())).body(m);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting with its agenda, topic reviews and guide")
    MeetingOverview get(@PathVariable @Positive long id) {
        return meetings.overview(id);
    }

    @PostMapping("/{id}/decision-topics")
    @Operation(summary = "Table a major decision (passing review of the exact version, complete materials)")
    @Allowed.Drafters
    MeetingTopic table(@PathVariable @Positive long id, @Valid @RequestBody TablingRequest r) {
        return meetings.tableDecision(id, r.decisionId());
    }

    @PostMapping("/{id}/topics")
    @Operation(summary = "Put another topic on the agenda")
    @Allowed.Drafters
    MeetingTopic topic(@PathVariable @Positive long id, @Valid @RequestBody TopicRequest r) {
        return meetings.addTopic(id, r);
    }

    @PostMapping("/{id}/topics/{topicId}/review-submission")
    @Operation(summary = "Send a topic to legality review (ReviewType MEETING_TOPIC)")
    @Allowed.Drafters
    LegalityReview review(@PathVariable @Positive long id, @PathVariable @Positive long topicId) {
        return meetings.submitTopicForReview(id, topicId);
    }

    @PostMapping("/{id}/topics/{topicId}/removal")
    @Operation(summary = "Take a topic off the agenda")
    @Allowed.Drafters
    Meeting remove(@PathVariable @Positive long id, @PathVariable @Positive long topicId,
            @Valid @RequestBody TopicRemovalRequest r) {
        return meetings.removeTopic(id, topicId, r.reason());
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record the attendance, the head of government marked")
    @Allowed.Drafters
    Meeting attendance(@PathVariable @Positive long id, @Valid @RequestBody AttendanceRequest r) {
        return meetings.recordAttendance(id, r);
    }

    @PostMapping("/{id}/topics/{topicId}/deliberation")
    @Operation(summary = "Record a topic's deliberation: speakers in order, the head of government last")
    @Allowed.Drafters
    MeetingTopic deliberate(@PathVariable @Positive long id, @PathVariable @Positive long topicId,
            @Valid @RequestBody DeliberationRecordRequest r) {
        return meetings.recordDeliberation(id, topicId, r);
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the meeting (every topic reviewed and decided)")
    @Allowed.Drafters
    Meeting close(@PathVariable @Positive long id) {
        return meetings.close(id);
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Call the meeting off before it is held")
    @Allowed.Drafters
    Meeting cancel(@PathVariable @Positive long id, @Valid @RequestBody CancellationRequest r) {
        return meetings.cancel(id, r.reason());
    }
}
