package org.fazhi.disclosure.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.disclosure.Channel;
import org.fazhi.disclosure.DeliveryForm;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.disclosure.ReplyReason;
import org.fazhi.disclosure.RequestStatus;
import org.fazhi.disclosure.RequesterIdentity;
import org.fazhi.disclosure.RequesterType;
import org.fazhi.disclosure.Table3Row;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads disclosure requests: one (masked for staff), lists within units, the requester's identity, the
 * portal's lookup by receipt, and the counts Table 三 of the annual report is made of.
 */
@Component
public class RequestStore {

    private static final String COLUMNS = "select * from disclosure_request";

    /** The encrypted columns of the requester's identity ({@code table.column}, the cipher's associated data). */
    public static final String NAME = "disclosure_request.requester_name";
    public static final String ID_NO = "disclosure_request.requester_id_no";
    public static final String CONTACT = "disclosure_request.requester_contact";
    public static final String ADDRESS = "disclosure_request.requester_address";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    RequestStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<DisclosureRequest> request(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(this::map).optional();
    }

    public Optional<DisclosureRequest> lock(long id) {
        return jdbc.sql(COLUMNS + " where id = ? for update").param(id).query(this::map).optional();
    }

    /** The request with this receipt number and verification code hash (the portal's tracking), if any. */
    public Optional<DisclosureRequest> byReceipt(String receiptNo, String codeHash) {
        return jdbc.sql(COLUMNS + " where receipt_no = ? and code_hash = ?").param(receiptNo).param(codeHash)
                .query(this::map).optional();
    }

    /** The units at the top of the tree (the portal lists the organs under them). */
    public List<Long> topUnitIds() {
        return jdbc.sql("select id from unit where parent_id is null and active = true order by id").query(Long.class)
                .list();
    }

    public boolean receiptTaken(String receiptNo) {
        return jdbc.sql("select count(*) from disclosure_request where receipt_no = ?").param(receiptNo)
                .query(Long.class).single() > 0;
    }

    public RequesterIdentity identity(long id) {
        return jdbc.sql("select id, requester_type, requester_name, requester_id_no, requester_contact, "
                + "requester_address from disclosure_request where id = ?").param(id)
                .query((rs, n) -> new RequesterIdentity(rs.getLong("id"),
                        RequesterType.valueOf(rs.getString("requester_type")),
                        cipher.decrypt(NAME, rs.getString("requester_name")),
                        cipher.decrypt(ID_NO, rs.getString("requester_id_no")),
                        cipher.decrypt(CONTACT, rs.getString("requester_contact")),
                        cipher.decrypt(ADDRESS, rs.getString("requester_address")))).single();
    }

    public PageResult<DisclosureRequest> list(Collection<Long> units, RequestStatus status, PageQuery page) {
        if (units.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String where = " where unit_id in (:units)" + (status == null ? "" : " and status = :status");
        Map<String, Object> params = status == null ? Map.of("units", units)
                : Map.of("units", units, "status", status.name());
        long total = jdbc.sql("select count(*) from disclosure_request" + where).params(params).query(Long.class)
                .single();
        List<DisclosureRequest> items = jdbc.sql(COLUMNS + where + " order by received_on desc, id desc"
                + " limit :size offset :offset").params(params).param("size", page.size())
                .param("offset", page.offset()).query(this::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Requests of the units received in [from, to] or replied in it (the metric's records). */
    public List<DisclosureRequest> dueOrRepliedBetween(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where unit_id in (:units) and ((received_on between :from and :to) "
                + "or (replied_on between :from and :to)) order by received_on, id").param("units", units)
                .param("from", from).param("to", to).query(this::map).list();
    }

    /**
     * Table 三 of a unit's year, counted from the records: 一 received in the year; 二 received before it and
     * not replied before it; the results by the reply's row, replied in the year; 四 received by the year's end
     * and not replied by it. Each cell by requester type.
     */
    public Map<Table3Row, Map<RequesterType, Long>> table3Counts(long unitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Table3Row, Map<RequesterType, Long>> cells = new EnumMap<>(Table3Row.class);
        for (Table3Row row : Table3Row.values()) {
            Map<RequesterType, Long> byType = new EnumMap<>(RequesterType.class);
            for (RequesterType t : RequesterType.values()) {
                byType.put(t, 0L);
            }
            cells.put(row, byType);
        }
        count(cells.get(Table3Row.NEW), "received_on between :first and :last", unitId, first, last);
        count(cells.get(Table3Row.CARRIED_OVER), "received_on < :first and (replied_on is null or replied_on >= :first)",
                unitId, first, last);
        count(cells.get(Table3Row.CARRIED_FORWARD), "received_on <= :last and (replied_on is null or replied_on > :last)",
                unitId, first, last);
        jdbc.sql("select reply_reason, requester_type, count(*) n from disclosure_request where unit_id = :unit "
                + "and replied_on between :first and :last group by reply_reason, requester_type")
                .param("unit", unitId).param("first", first).param("last", last)
                .query((rs, n) -> {
                    Table3Row row = ReplyReason.valueOf(rs.getString("reply_reason")).row();
                    RequesterType t = RequesterType.valueOf(rs.getString("requester_type"));
                    cells.get(row).merge(t, rs.getLong("n"), Long::sum);
                    return row;
                }).list();
        return cells;
    }

    /** The requests behind one cell of Table 三 (the report links each cell to its records). */
    public List<DisclosureRequest> table3Records(long unitId, int year, Table3Row row) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        String where = switch (row) {
            case NEW -> "received_on between :first and :last";
            case CARRIED_OVER -> "received_on < :first and (replied_on is null or replied_on >= :first)";
            case CARRIED_FORWARD -> "received_on <= :last and (replied_on is null or replied_on > :last)";
            case RESULT_TOTAL -> "replied_on between :first and :last";
            default -> "replied_on between :first and :last and reply_reason in (:reasons)";
        };
        List<String> reasons = new ArrayList<>();
        for (ReplyReason r : ReplyReason.values()) {
            if (r.row() == row) {
                reasons.add(r.name());
            }
        }
        var spec = jdbc.sql(COLUMNS + " where unit_id = :unit and " + where + " order by received_on, id")
                .param("unit", unitId).param("first", first).param("last", last);
        if (where.contains(":reasons")) {
            if (reasons.isEmpty()) {
                return List.of();
            }
            spec = spec.param("reasons", reasons);
        }
        return spec.query(this::map).list();
    }

    private void count(Map<RequesterType, Long> into, String where, long unitId, LocalDate first, LocalDate last) {
        jdbc.sql("select requester_type, count(*) n from disclosure_request where unit_id = :unit and " + where
                + " group by requester_type").param("unit", unitId).param("first", first).param("last", last)
                .query((rs, n) -> into.put(RequesterType.valueOf(rs.getString("requester_type")), rs.getLong("n")))
                .list();
    }

    DisclosureRequest map(ResultSet rs, int n) throws SQLException {
        RequesterType type = RequesterType.valueOf(rs.getString("requester_type"));
        String reason = rs.getString("reply_reason");
        return new DisclosureRequest(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("receipt_no"),
                Channel.valueOf(rs.getString("channel")), type,
                Masks.name(cipher.decrypt(NAME, rs.getString("requester_name")), type.naturalPerson()),
                Masks.identifier(cipher.decrypt(ID_NO, rs.getString("requester_id_no"))),
                Masks.identifier(cipher.decrypt(CONTACT, rs.getString("requester_contact"))),
                rs.getString("content"), date(rs, "received_on"), RequestStatus.valueOf(rs.getString("status")),
                date(rs, "clock_start"), date(rs, "correction_asked_on"), rs.getString("correction_note"),
                date(rs, "correction_received_on"), rs.getString("consult_party"), date(rs, "consult_started_on"),
                date(rs, "consult_ended_on"), date(rs, "extended_on"), rs.getString("extension_reason"),
                rs.getString("extension_approver"), reason == null ? null : ReplyReason.valueOf(reason),
                rs.getString("reply_note"), date(rs, "replied_on"), id(rs, "reply_deadline_id"),
                id(rs, "correction_deadline_id"), id(rs, "consult_deadline_id"),
                rs.getString("delivery_form") == null ? null : DeliveryForm.valueOf(rs.getString("delivery_form")),
                rs.getString("correction_answer"), rs.getInt("lock_version"));
    }

    static LocalDate date(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    static Long id(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }
}
