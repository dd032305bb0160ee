package org.fazhi.decisions.internal;

import static org.fazhi.decisions.MeetingStatus.CANCELLED;
import static org.fazhi.decisions.MeetingStatus.CLOSED;
import static org.fazhi.decisions.MeetingStatus.HELD;
import static org.fazhi.decisions.MeetingStatus.PLANNED;
import static org.fazhi.decisions.internal.MeetingPolicies.EVERY_TOPIC_DECIDED;
import static org.fazhi.decisions.internal.MeetingPolicies.EVERY_TOPIC_REVIEWED;
import static org.fazhi.decisions.internal.MeetingPolicies.MEETING_DAY_REACHED;
import static org.fazhi.decisions.internal.MeetingPolicies.ONLY_ORGANISERS;
import static org.fazhi.decisions.internal.MeetingPolicies.ONLY_THE_MEETING_GOVERNMENT;
import static org.fazhi.decisions.internal.MeetingPolicies.TOPIC_NOT_YET_REVIEWED;
import static org.fazhi.decisions.internal.MeetingPolicies.TOPIC_ON_THE_AGENDA;
import static org.fazhi.decisions.internal.MeetingPolicies.TOPIC_REVIEWED;

import java.util.List;
import org.fazhi.decisions.MeetingStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a government meeting that decides collectively (MD-07): convened with its agenda
 * (a major decision is tabled through its own procedure), each topic of a 常务会议 reviewed by the desk,
 * the attendance recorded on the day, each topic's deliberation recorded (the head of government
 * speaking last), closed only when every topic is reviewed and decided.
 *
 * <pre>
 * PLANNED ──add-topic / submit-topic-for-review / remove-topic──▶ PLANNED ──record-attendance──▶ HELD
 * HELD ──record-deliberation / remove-topic──▶ HELD ──close──▶ CLOSED;  PLANNED ──cancel──▶ CANCELLED
 * </pre>
 */
public final class MeetingProcedure {

    /** The steps, all taken by people; the topic steps are about one topic. */
    public enum Step {
        ADD_TOPIC,
        SUBMIT_TOPIC_FOR_REVIEW,
        REMOVE_TOPIC,
        RECORD_ATTENDANCE,
        RECORD_DELIBERATION,
        CLOSE,
        CANCEL
    }

    /** The steps about the meeting as a whole, as the guide lists them. */
    public static final List<Step> MEETING_STEPS = List.of(Step.ADD_TOPIC, Step.RECORD_ATTENDANCE, Step.CLOSE,
            Step.CANCEL);

    /** The steps about one topic, as the guide lists them beside each topic. */
    public static final List<Step> TOPIC_STEPS = List.of(Step.SUBMIT_TOPIC_FOR_REVIEW, Step.REMOVE_TOPIC,
            Step.RECORD_DELIBERATION);

    public static final Procedure<MeetingStatus, Step, MeetingFacts> PROCEDURE = Procedure
            .of(MeetingStatus.class, Step.class, MeetingFacts::status, MeetingProcedure::wrongState)
            .step(Step.ADD_TOPIC).checkFirst(ONLY_ORGANISERS).checkFirst(ONLY_THE_MEETING_GOVERNMENT).from(PLANNED)
                    .stays()
            .step(Step.SUBMIT_TOPIC_FOR_REVIEW).checkFirst(ONLY_ORGANISERS).checkFirst(ONLY_THE_MEETING_GOVERNMENT)
                    .from(PLANNED).gate(TOPIC_ON_THE_AGENDA).gate(TOPIC_NOT_YET_REVIEWED).stays()
            .step(Step.REMOVE_TOPIC).checkFirst(ONLY_ORGANISERS).checkFirst(ONLY_THE_MEETING_GOVERNMENT)
                    .from(PLANNED, HELD).gate(TOPIC_ON_THE_AGENDA).stays()
            .step(Step.RECORD_ATTENDANCE).checkFirst(ONLY_ORGANISERS).checkFirst(ONLY_THE_MEETING_GOVERNMENT)
                    .from(PLANNED).gate(MEETING_DAY_REACHED).to(HELD)
            .step(Step.RECORD_DELIBERATION).checkFirst(ONLY_ORGANISERS).checkFirst(ONLY_THE_MEETING_GOVERNMENT)
                    .from(HELD).outside(s -> s == PLANNED ? Refusal.of("not-held", "decisions.refused.meeting-not-held")
                            : wrongState(s, Step.RECORD_DELIBERATION))
                    .gate(TOPIC_ON_THE_AGENDA).gate(TOPIC_REVIEWED).stays()
            .step(Step.CLOSE).checkFirst(ONLY_ORGANISERS).checkFirst(ONLY_THE_MEETING_GOVERNMENT).from(HELD)
                    .gate(EVERY_TOPIC_REVIEWED).gate(EVERY_TOPIC_DECIDED).to(CLOSED)
            .step(Step.CANCEL).checkFirst(ONLY_ORGANISERS).checkFirst(ONLY_THE_MEETING_GOVERNMENT).from(PLANNED)
                    .to(CANCELLED)
            .build();

    private MeetingProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(MeetingStatus current, Step step) {
        return Refusal.of("wrong-status", "decisions.refused.meeting-wrong-status",
                new DefaultMessageSourceResolvable("decisions.meeting.status." + current.name()),
                new DefaultMessageSourceResolvable("decisions.meeting.step." + name(step)));
    }
}
