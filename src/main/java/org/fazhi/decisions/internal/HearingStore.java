package org.fazhi.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.Hearing;
import org.fazhi.decisions.ParticipantsRequest;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The decision_hearing and decision_hearing_participant tables. */
@Repository
public class HearingStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A hearing participant's name is stored encrypted (SECURITY.md DC-02). */
    public static final String PARTICIPANT_NAME = "decision_hearing_participant.name";

    private final FieldCipher cipher;

    HearingStore(JdbcClient jdbc, Clock clock, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long announce(long decisionId, int roundNo, LocalDate hearingDate, String place, String announcement,
            LocalDate announcedOn, LocalDate lastDeliveryDay, Long by) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into decision_hearing (decision_id, round_no, status, hearing_date, place, announcement,"
                + " announced_on, last_delivery_day, created_by, created_at, updated_at)"
                + " values (?,?,'ANNOUNCED',?,?,?,?,?,?,?,?)")
                .params(decisionId, roundNo, hearingDate, place, announcement, announcedOn, lastDeliveryDay, by, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void tracked(long hearingId, long deadlineId) {
        jdbc.sql("update decision_hearing set deadline_id = ? where id = ?").params(deadlineId, hearingId).update();
    }

    public void participants(long hearingId, List<ParticipantsRequest.Participant> participants, LocalDate on) {
        jdbc.sql("delete from decision_hearing_participant where hearing_id = ?").param(hearingId).update();
        int seq = 1;
        for (ParticipantsRequest.Participant p : participants) {
            jdbc.sql("insert into decision_hearing_participant (hearing_id, seq, name, category, affiliation, created_at)"
                    + " values (?,?,?,?,?,?)").params(hearingId, seq++, cipher.encrypt(PARTICIPANT_NAME, p.name().strip()), p.category().strip(),
                            p.affiliation() == null || p.affiliation().isBlank() ? null : p.affiliation().strip(),
                            OffsetDateTime.now(clock))
                    .update();
        }
        jdbc.sql("update decision_hearing set participants_published_on = ?, updated_at = ? where id = ?")
                .params(on, OffsetDateTime.now(clock), hearingId).update();
    }

    public void delivered(long hearingId, LocalDate on) {
        jdbc.sql("update decision_hearing set materials_delivered_on = ?, updated_at = ? where id = ?")
                .params(on, OffsetDateTime.now(clock), hearingId).update();
    }

    public void held(long hearingId, LocalDate on, String transcript, String summary) {
        jdbc.sql("update decision_hearing set status = 'HELD', held_on = ?, transcript = ?, summary = ?, updated_at = ?"
                + " where id = ?").params(on, transcript, summary, OffsetDateTime.now(clock), hearingId).update();
    }

    public void cancelled(long hearingId, String reason) {
        jdbc.sql("update decision_hearing set status = 'CANCELLED', cancelled_reason = ?, updated_at = ? where id = ?")
                .params(reason, OffsetDateTime.now(clock), hearingId).update();
    }

    public Optional<Hearing> find(long id) {
        return jdbc.sql("select * from decision_hearing where id = ?").param(id).query(this::map).optional();
    }

    public List<Hearing> ofDecision(long decisionId) {
        return jdbc.sql("select * from decision_hearing where decision_id = ? order by id").param(decisionId)
                .query(this::map).list();
    }

    /** Hearings whose participants are published (the portal), newest hearing date first. */
    public List<Hearing> announced() {
        return jdbc.sql("select * from decision_hearing where status <> 'CANCELLED' order by hearing_date desc, id desc")
                .query(this::map).list();
    }

    private Hearing map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Hearing.HearingParticipant> participants = jdbc.sql("select * from decision_hearing_participant"
                + " where hearing_id = ? order by seq").param(id).query((p, i) -> new Hearing.HearingParticipant(
                        p.getLong("id"), p.getInt("seq"), cipher.decrypt(PARTICIPANT_NAME, p.getString("name")), p.getString("category"),
                        p.getString("affiliation"))).list();
        return new Hearing(id, rs.getLong("decision_id"), rs.getInt("round_no"),
                Hearing.HearingStatus.valueOf(rs.getString("status")), rs.getObject("hearing_date", LocalDate.class),
                rs.getString("place"), rs.getString("announcement"), rs.getObject("announced_on", LocalDate.class),
                rs.getObject("last_delivery_day", LocalDate.class), rs.getObject("deadline_id", Long.class),
                rs.getObject("participants_published_on", LocalDate.class),
                rs.getObject("materials_delivered_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
                rs.getString("transcript"), rs.getString("summary"), rs.getString("cancelled_reason"), participants);
    }
}
