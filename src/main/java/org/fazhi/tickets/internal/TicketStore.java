package org.fazhi.tickets.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.shared.Actor;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.tickets.ComplainantIdentity;
import org.fazhi.tickets.Satisfaction;
import org.fazhi.tickets.Ticket;
import org.fazhi.tickets.TicketChannel;
import org.fazhi.tickets.TicketEvent;
import org.fazhi.tickets.TicketExposure;
import org.fazhi.tickets.TicketStatus;
import org.fazhi.tickets.TicketType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads tickets (the complainant masked for staff, decrypted only for {@link #identity}), lists within units,
 * the portal's and Open311's look-ups by receipt, and the appended records: transfers, ratings, urgings and
 * media exposure entries.
 */
@Component
public class TicketStore {

    static final String NAME = "ticket.complainant_name";
    static final String PHONE = "ticket.complainant_phone";
    static final String ID_NO = "ticket.complainant_id_no";
    static final String ADDRESS = "ticket.complainant_address";
    private static final String COLUMNS = "select * from ticket";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    TicketStore(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The complainant's name, phone, ID number and address as stored (encrypted). */
    public String[] encrypt(String name, String phone, String idNo, String address) {
        return new String[] {cipher.encrypt(NAME, name), cipher.encrypt(PHONE, phone), cipher.encrypt(ID_NO, idNo),
                cipher.encrypt(ADDRESS, address)};
    }

    public Optional<Ticket> ticket(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(this::map).optional();
    }

    public Optional<Ticket> lock(long id) {
        return jdbc.sql(COLUMNS + " where id = ? for update").param(id).query(this::map).optional();
    }

    public Optional<Ticket> byReceipt(String receiptNo) {
        return jdbc.sql(COLUMNS + " where receipt_no = ?").param(receiptNo).query(this::map).optional();
    }

    public Optional<Ticket> byReceipt(String receiptNo, String codeHash) {
        return jdbc.sql(COLUMNS + " where receipt_no = ? and code_hash = ?").param(receiptNo).param(codeHash)
                .query(this::map).optional();
    }

    public boolean receiptTaken(String receiptNo) {
        return jdbc.sql("select count(*) from ticket where receipt_no = ?").param(receiptNo).query(Long.class)
                .single() > 0;
    }

    public ComplainantIdentity identity(long id) {
        return jdbc.sql("select complainant_name, complainant_phone, complainant_id_no, complainant_address "
                + "from ticket where id = ?").param(id)
                .query((rs, n) -> new ComplainantIdentity(cipher.decrypt(NAME, rs.getString(1)),
                        cipher.decrypt(PHONE, rs.getString(2)), cipher.decrypt(ID_NO, rs.getString(3)),
                        cipher.decrypt(ADDRESS, rs.getString(4))))
                .single();
    }

    public PageResult<Ticket> list(Collection<Long> units, TicketStatus status, PageQuery page) {
        if (units.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String where = " where unit_id in (:units)" + (status == null ? "" : " and status = :status");
        Map<String, Object> params = status == null ? Map.of("units", units)
                : Map.of("units", units, "status", status.name());
        long total = jdbc.sql("select count(*) from ticket" + where).params(params).query(Long.class).single();
        List<Ticket> items = jdbc.sql(COLUMNS + where + " order by received_on desc, id desc limit :size offset :offset")
                .params(params).param("size", page.size()).param("offset", page.offset()).query(this::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Tickets of the units received, replied, rated or closed in [from, to], or still open (the figures' records). */
    public List<Ticket> forFigures(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where unit_id in (:units) and ((received_on between :from and :to) or "
                + "(replied_on between :from and :to) or (closed_on between :from and :to) or status <> 'CLOSED') "
                + "order by received_on, id").param("units", units).param("from", from).param("to", to)
                .query(this::map).list();
    }

    public void transfer(long ticketId, long from, long to, String reason, LocalDate on) {
        jdbc.sql("insert into ticket_transfer (ticket_id, from_unit_id, to_unit_id, reason, transferred_on, "
                + "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(ticketId, from, to, reason, on, Actor.current().userId(), now()).update();
    }

    public void rating(long ticketId, Satisfaction s, String note, LocalDate on, boolean reopened, boolean portal) {
        jdbc.sql("insert into ticket_rating (ticket_id, satisfaction, note, rated_on, reopened, by_portal, "
                + "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ticketId, s.name(), note, on, reopened, portal, portal ? null : Actor.current().userId(), now())
                .update();
    }

    public void urge(long ticketId, String note, LocalDate on) {
        jdbc.sql("insert into ticket_urge (ticket_id, note, urged_on, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(ticketId, note, on, Actor.current().userId(), now()).update();
    }

    public long exposure(long ticketId, String media, String headline, String url, LocalDate on, String note) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into ticket_exposure (ticket_id, media, headline, url, reported_on, note, created_by, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ticketId, media, headline, url, on, note, Actor.current().userId(), now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<TicketExposure> exposures(Collection<Long> units, Long ticketId) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select e.*, t.receipt_no, t.unit_id from ticket_exposure e join ticket t on t.id = e.ticket_id "
                + "where t.unit_id in (:units)" + (ticketId == null ? "" : " and e.ticket_id = :ticket")
                + " order by e.reported_on desc, e.id desc limit 500")
                .params(ticketId == null ? Map.of("units", units) : Map.of("units", units, "ticket", ticketId))
                .query((rs, n) -> new TicketExposure(rs.getLong("id"), rs.getLong("ticket_id"),
                        rs.getString("receipt_no"), rs.getLong("unit_id"), rs.getString("media"),
                        rs.getString("headline"), rs.getString("url"), date(rs, "reported_on"), rs.getString("note")))
                .list();
    }

    /** The ticket's appended history, oldest first: transfers (with the unit moved to), ratings, urgings. */
    public List<TicketEvent> events(long ticketId) {
        List<TicketEvent> out = new ArrayList<>();
        out.addAll(jdbc.sql("select x.transferred_on, x.reason, u.name from ticket_transfer x join unit u "
                + "on u.id = x.to_unit_id where x.ticket_id = ? order by x.id").param(ticketId)
                .query((rs, n) -> new TicketEvent("transfer", date(rs, "transferred_on"), rs.getString("reason"),
                        rs.getString("name"))).list());
        out.addAll(jdbc.sql("select rated_on, satisfaction, note, reopened from ticket_rating where ticket_id = ? "
                + "order by id").param(ticketId)
                .query((rs, n) -> new TicketEvent(rs.getBoolean("reopened") ? "reopen" : "rating",
                        date(rs, "rated_on"), rs.getString("satisfaction"), rs.getString("note"))).list());
        out.addAll(jdbc.sql("select urged_on, note from ticket_urge where ticket_id = ? order by id").param(ticketId)
                .query((rs, n) -> new TicketEvent("urge", date(rs, "urged_on"), rs.getString("note"), null)).list());
        out.sort(java.util.Comparator.comparing(TicketEvent::on));
        return out;
    }

    /** Tickets of the units that went back for re-handling on a dissatisfied rating in [from, to]. */
    public List<Ticket> reopenedBetween(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where unit_id in (:units) and id in (select ticket_id from ticket_rating "
                + "where reopened = true and rated_on between :from and :to) order by received_on, id")
                .param("units", units).param("from", from).param("to", to).query(this::map).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private Ticket map(ResultSet rs, int n) throws SQLException {
        String sat = rs.getString("satisfaction");
        return new Ticket(rs.getLong("id"), rs.getString("receipt_no"), TicketChannel.valueOf(rs.getString("channel")),
                TicketType.valueOf(rs.getString("ticket_type")), rs.getString("title"), rs.getString("description"),
                rs.getString("location"), Masks.name(cipher.decrypt(NAME, rs.getString("complainant_name"))),
                Masks.identifier(cipher.decrypt(PHONE, rs.getString("complainant_phone"))),
                Masks.identifier(cipher.decrypt(ID_NO, rs.getString("complainant_id_no"))),
                Masks.address(cipher.decrypt(ADDRESS, rs.getString("complainant_address"))),
                rs.getLong("intake_unit_id"), rs.getLong("unit_id"), TicketStatus.valueOf(rs.getString("status")),
                date(rs, "received_on"), date(rs, "assigned_on"), date(rs, "clock_start"),
                longOrNull(rs, "clock_deadline_id"), date(rs, "paused_on"), rs.getString("pause_reason"),
                date(rs, "replied_on"), rs.getString("reply_text"), longOrNull(rs, "callback_deadline_id"),
                sat == null ? null : Satisfaction.valueOf(sat), date(rs, "rated_on"), rs.getInt("reopen_count"),
                date(rs, "closed_on"), rs.getString("source_system"), rs.getInt("lock_version"));
    }
}
