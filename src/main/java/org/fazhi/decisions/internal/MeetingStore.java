package org.fazhi.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.AttendanceRequest;
import org.fazhi.decisions.Meeting;
import org.fazhi.decisions.MeetingAttendee;
import org.fazhi.decisions.MeetingKind;
import org.fazhi.decisions.MeetingSpeech;
import org.fazhi.decisions.MeetingStatus;
import org.fazhi.decisions.MeetingTopic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads of government_meeting; the meeting_attendee, meeting_topic and meeting_speech tables. */
@Repository
public class MeetingStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("select * from government_meeting where id = ?").param(id).query(this::map).optional();
    }

    public Optional<Meeting> lock(long id) {
        return jdbc.sql("select * from government_meeting where id = ? for update").param(id).query(this::map)
                .optional();
    }

    public List<Meeting> ofUnits(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from government_meeting where unit_id in (:units) order by meeting_date desc, id desc")
                .param("units", units).query(this::map).list();
    }

    /** Meetings held or closed in a period (metrics). */
    public List<Meeting> between(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from government_meeting where unit_id in (:units) and meeting_date between :from"
                + " and :to and status <> 'CANCELLED' order by meeting_date, id").param("units", units)
                .param("from", from).param("to", to).query(this::map).list();
    }

    public void attendance(long meetingId, List<AttendanceRequest.Attendee> attendees) {
        jdbc.sql("delete from meeting_attendee where meeting_id = ?").param(meetingId).update();
        int seq = 1;
        for (AttendanceRequest.Attendee a : attendees) {
            jdbc.sql("insert into meeting_attendee (meeting_id, seq, name, position, head, voting) values (?,?,?,?,?,?)")
                    .params(meetingId, seq++, a.name().strip(), a.position().strip(), a.head(), a.voting()).update();
        }
    }

    public long addTopic(long meetingId, MeetingTopic.TopicKind kind, String title, long sponsorUnitId,
            Long decisionId, Long decisionVersionId, String materials, String sha256, Long by) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from meeting_topic where meeting_id = ?").param(meetingId)
                .query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting_topic (meeting_id, seq, kind, title, sponsor_unit_id, decision_id,"
                + " decision_version_id, materials, materials_sha256, status, created_by, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,'LISTED',?,?)")
                .params(meetingId, seq, kind.name(), title, sponsorUnitId, decisionId, decisionVersionId, materials,
                        sha256, by, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void removeTopic(long topicId, String reason) {
        jdbc.sql("update meeting_topic set status = 'REMOVED', removed_reason = ? where id = ?").params(reason, topicId)
                .update();
    }

    public void deliberated(long topicId, MeetingTopic.TopicOutcome outcome, MeetingTopic.Stance majority,
            String headReason, String conclusion, Long by) {
        jdbc.sql("update meeting_topic set status = 'DELIBERATED', outcome = ?, majority = ?, head_reason = ?,"
                + " conclusion = ?, recorded_by = ?, recorded_at = ? where id = ?")
                .params(outcome.name(), majority == null ? null : majority.name(), headReason, conclusion, by,
                        OffsetDateTime.now(clock), topicId)
                .update();
    }

    public void speech(long topicId, int seq, long attendeeId, MeetingTopic.Stance stance, String opinion,
            boolean dissent) {
        jdbc.sql("insert into meeting_speech (topic_id, seq, attendee_id, stance, opinion, dissent) values (?,?,?,?,?,?)")
                .params(topicId, seq, attendeeId, stance.name(), opinion, dissent).update();
    }

    public Optional<MeetingTopic> topic(long topicId) {
        return jdbc.sql("select * from meeting_topic where id = ?").param(topicId).query(this::mapTopic).optional();
    }

    public List<MeetingTopic> topicsOfDecision(long decisionId) {
        return jdbc.sql("select * from meeting_topic where decision_id = ? order by id").param(decisionId)
                .query(this::mapTopic).list();
    }

    public Optional<String> materials(long topicId) {
        return jdbc.sql("select materials from meeting_topic where id = ?").param(topicId).query(String.class)
                .optional();
    }

    private Meeting map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<MeetingAttendee> attendees = jdbc.sql("select * from meeting_attendee where meeting_id = ? order by seq")
                .param(id).query((a, i) -> new MeetingAttendee(a.getLong("id"), a.getInt("seq"), a.getString("name"),
                        a.getString("position"), a.getBoolean("head"), a.getBoolean("voting"))).list();
        List<MeetingTopic> topics = jdbc.sql("select * from meeting_topic where meeting_id = ? order by seq")
                .param(id).query(this::mapTopic).list();
        return new Meeting(id, rs.getLong("unit_id"), MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("meeting_date", LocalDate.class), rs.getString("place"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getObject("closed_on", LocalDate.class),
                rs.getString("cancelled_reason"), attendees, topics, rs.getInt("lock_version"));
    }

    private MeetingTopic mapTopic(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<MeetingSpeech> speeches = jdbc.sql("select s.*, a.name, a.position, a.head from meeting_speech s"
                + " join meeting_attendee a on a.id = s.attendee_id where s.topic_id = ? order by s.seq").param(id)
                .query((s, i) -> new MeetingSpeech(s.getLong("id"), s.getInt("seq"), s.getLong("attendee_id"),
                        s.getString("name"), s.getString("position"), s.getBoolean("head"),
                        MeetingTopic.Stance.valueOf(s.getString("stance")), s.getString("opinion"),
                        s.getBoolean("dissent"))).list();
        String outcome = rs.getString("outcome");
        String majority = rs.getString("majority");
        return new MeetingTopic(id, rs.getLong("meeting_id"), rs.getInt("seq"),
                MeetingTopic.TopicKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getLong("sponsor_unit_id"), rs.getObject("decision_id", Long.class),
                rs.getObject("decision_version_id", Long.class), rs.getString("materials"),
                rs.getString("materials_sha256"), MeetingTopic.TopicStatus.valueOf(rs.getString("status")),
                outcome == null ? null : MeetingTopic.TopicOutcome.valueOf(outcome),
                majority == null ? null : MeetingTopic.Stance.valueOf(majority), rs.getString("head_reason"),
                rs.getString("conclusion"), rs.getString("removed_reason"), speeches);
    }
}
