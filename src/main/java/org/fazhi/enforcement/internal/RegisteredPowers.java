package org.fazhi.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.PowerItem;
import org.fazhi.enforcement.PowerList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The power list as registered with each agency (agency_power_item), behind {@link PowerList} until
 * the lists module's power list takes its place: each item has a stable reference ("AP-" + its id)
 * that a case keeps.
 */
@Repository
public class RegisteredPowers implements PowerList {

    static final String PREFIX = "AP-";

    private final JdbcClient jdbc;
    private final Clock clock;

    RegisteredPowers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<PowerItem> find(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return jdbc.sql("select p.*, a.unit_id from agency_power_item p join enforcement_agency a on a.id = p.agency_id"
                + " where p.power_ref = ?").param(ref).query(RegisteredPowers::map).optional();
    }

    @Override
    public List<PowerItem> inForceOf(long unitId, LocalDate on) {
        return jdbc.sql("select p.*, a.unit_id from agency_power_item p join enforcement_agency a on a.id = p.agency_id"
                + " where a.unit_id = ? and p.in_force_from <= ? and (p.in_force_to is null or p.in_force_to >= ?)"
                + " order by p.code").params(unitId, on, on).query(RegisteredPowers::map).list();
    }

    @Override
    public boolean registersItems() {
        return true;
    }

    /** Every item registered with the agency, in force or not. */
    public List<PowerItem> ofAgency(long agencyId) {
        return jdbc.sql("select p.*, a.unit_id from agency_power_item p join enforcement_agency a on a.id = p.agency_id"
                + " where p.agency_id = ? order by p.code, p.in_force_from").param(agencyId)
                .query(RegisteredPowers::map).list();
    }

    /** Registers an item; its reference is "AP-" + the new id. */
    public String insert(long agencyId, String code, String name, ActionKind kind, String basis, LocalDate from) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        String provisional = PREFIX + "new-" + java.util.UUID.randomUUID();
        jdbc.sql("insert into agency_power_item (agency_id, power_ref, code, name, kind, basis, in_force_from,"
                + " created_at) values (?,?,?,?,?,?,?,?)")
                .params(agencyId, provisional, code, name, kind.name(), basis, from, OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String ref = PREFIX + id;
        jdbc.sql("update agency_power_item set power_ref = ? where id = ?").params(ref, id).update();
        return ref;
    }

    public void end(String ref, LocalDate lastDay) {
        jdbc.sql("update agency_power_item set in_force_to = ? where power_ref = ?").params(lastDay, ref).update();
    }

    public boolean codeTaken(long agencyId, String code) {
        return jdbc.sql("select count(*) from agency_power_item where agency_id = ? and code = ? and in_force_to is null")
                .params(agencyId, code).query(Long.class).single() > 0;
    }

    static PowerItem map(ResultSet rs, int n) throws SQLException {
        return new PowerItem(rs.getString("power_ref"), rs.getLong("unit_id"), rs.getString("code"),
                rs.getString("name"), ActionKind.valueOf(rs.getString("kind")), rs.getString("basis"),
                Rows.date(rs, "in_force_from"), Rows.date(rs, "in_force_to"));
    }
}
