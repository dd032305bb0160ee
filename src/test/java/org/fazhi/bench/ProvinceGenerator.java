package org.fazhi.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A province made of the demonstration county (bench/province-scale.sh): the demo county's unit subtree is
 * put under a new province unit and copied {@code counties - 1} times beside it (unit codes with a suffix,
 * the same tree of townships and departments), and every record of the modules that belongs to the county
 * is copied into each copy — {@code replicas} times per county — with all its children, so that every
 * figure of every copy has the same numerators and denominators as the demo county's (times the replicas).
 *
 * <p>The copy is generic, read from the catalog: a table is copied when it references {@code unit} or a
 * copied table (foreign keys, followed transitively); copy <i>c</i> adds {@code c × OFFSET} to the id and
 * to every column that references a copied table (and to the polymorphic {@code subject_id} columns, whose
 * subjects are copied too), maps every column that references {@code unit} to the copied unit, and in a
 * unique index made of text columns only adds a short suffix to its last text column. User accounts, roles,
 * rules, the calendar, the audit trail, the indicator systems and the search index are not copied (they are
 * per installation, or kept by the application). Deterministic: copy <i>c</i> depends only on the demo data
 * and <i>c</i>.
 */
final class ProvinceGenerator {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** The id distance between two copies (ids of the demo data stay far below it). */
    static final long OFFSET = 10_000_000L;

    /** Tables never copied: installation-wide, per account, kept by the application, or the audit chain. */
    static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "unit", "app_user", "user_role",
            "password_history", "indicator_system", "indicator_area", "indicator");

    private final Connection db;

    ProvinceGenerator(Connection db) {
        this.db = db;
    }

    record Fk(String table, String column, String target) {
    }

    /** The province: its root unit id and the unit id of every county (the demo county first). */
    record Province(long rootId, List<Long> counties) {
    }

    Province build(int counties, int replicas) throws SQLException {
        // the county with the largest tree (the demo county) and the unit above it (the demo city) as the province
        long county = scalarLong("select c.id from unit c where c.unit_level = 'COUNTY' and c.parent_id is not null"
                + " order by (select count(*) from unit u where u.path like c.path || '%') desc, c.id limit 1");
        long root = scalarLong("select parent_id from unit where id = " + county);
        String rootPath = scalar("select path from unit where id = " + root);
        String newCountyPath = scalar("select path from unit where id = " + county);
        int units = Integer.parseInt(scalar("select count(*) from unit where path like '" + newCountyPath + "%'"));
        OUT.printf("province %s above county %s (%d units in its tree)%n", scalar("select code from unit where id = "
                + root), scalar("select code from unit where id = " + county), units);

        List<String> tables = copiedTables();
        Map<String, List<String>> columns = new HashMap<>();
        for (String t : tables) {
            columns.put(t, columnsOf(t));
        }
        List<Fk> fks = foreignKeys();
        Map<String, Set<String>> offsetColumns = new HashMap<>();
        Map<String, Set<String>> unitColumns = new HashMap<>();
        Set<String> copied = new LinkedHashSet<>(tables);
        for (Fk fk : fks) {
            if (!copied.contains(fk.table())) {
                continue;
            }
            if (fk.target().equals("unit")) {
                unitColumns.computeIfAbsent(fk.table(), x -> new LinkedHashSet<>()).add(fk.column());
            } else if (copied.contains(fk.target()) && !columns.get(fk.target()).contains("id")) {
                // a table keyed by its unit (registering_office, review_desk): the reference is a unit's id
                unitColumns.computeIfAbsent(fk.table(), x -> new LinkedHashSet<>()).add(fk.column());
            } else if (copied.contains(fk.target())) {
                offsetColumns.computeIfAbsent(fk.table(), x -> new LinkedHashSet<>()).add(fk.column());
            }
        }
        // ids of copied records without a constraint (deadline_id, current_version_id, the polymorphic
        // subject_id, …) move with the copy; those of what is not copied (accounts, files, indicators) stay
        for (String[] c : unconstrainedIds()) {
            if (copied.contains(c[0]) && !c[1].endsWith("unit_id") && !KEPT_IDS.contains(c[1]) && !c[1].endsWith("file_id")) {
                offsetColumns.computeIfAbsent(c[0], x -> new LinkedHashSet<>()).add(c[1]);
            }
        }
        Set<String> textSubjects = new LinkedHashSet<>();
        for (String t : tables) {
            if (columns.get(t).contains("subject_id") && !offsetColumns.getOrDefault(t, Set.of()).contains("subject_id")) {
                textSubjects.add(t);
            }
        }
        Set<String> perUnit = new LinkedHashSet<>();
        Set<String> never = new LinkedHashSet<>();
        Map<String, String> suffixed = suffixedColumns(tables, offsetColumns, unitColumns, perUnit, never);
        // a replica inside the same county cannot repeat a record unique per unit, nor its children
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String t : tables) {
                if (!perUnit.contains(t) && offsetColumns.getOrDefault(t, Set.of()).stream().anyMatch(c -> fks.stream()
                        .anyMatch(f -> f.table().equals(t) && f.column().equals(c) && (perUnit.contains(f.target())
                                || never.contains(f.target()))))) {
                    perUnit.add(t);
                    grew = true;
                }
            }
            for (String t : tables) {
                if (!never.contains(t) && offsetColumns.getOrDefault(t, Set.of()).stream().anyMatch(c -> fks.stream()
                        .anyMatch(f -> f.table().equals(t) && f.column().equals(c) && never.contains(f.target())))) {
                    never.add(t);
                    grew = true;
                }
            }
        }
        OUT.printf("copied tables: %d; once per county (unique per unit): %s; not copied (unique otherwise): %s%n",
                tables.size(), perUnit, never);
        Map<String, Integer> lengths = textLengths();

        List<Long> countyIds = new ArrayList<>();
        countyIds.add(county);
        long t0 = System.nanoTime();
        for (int k = 1; k < counties; k++) {
            long off = k * OFFSET * replicas;
            exec("insert into unit (id, parent_id, code, name, kind, unit_level, path, sort_order, active, created_at,"
                    + " updated_at) select id + " + off + ", case when id = " + county + " then " + root
                    + " else parent_id + " + off + " end, left(code, 26) || '-P' || " + k + ", name || '（"
                    + k + "）', kind, unit_level, path, sort_order,"
                    + " active, created_at, updated_at from unit where path like '" + newCountyPath + "%'");
            // paths: every id in the path below the province moves by the offset
            exec("update unit set path = '" + rootPath + "' || (select string_agg(((p)::bigint + " + off
                    + ")::text, '/' order by o) from unnest(string_to_array(trim(both '/' from substr(unit.path, "
                    + (rootPath.length() + 1) + ")), '/')) with ordinality as x(p, o)) || '/' where id in (select id + "
                    + off + " from unit where path like '" + newCountyPath + "%')");
            countyIds.add(county + off);
        }
        exec("select setval(pg_get_serial_sequence('unit', 'id'), (select max(id) from unit))");
        OUT.printf("units: %d counties, %s units in all (%.1f s)%n", counties, scalar("select count(*) from unit"),
                secs(t0));

        t0 = System.nanoTime();
        for (String t : tables) {
            long before = scalarLong("select count(*) from " + t);
            if (before == 0 || never.contains(t)) {
                continue;
            }
            List<String> cols = columns.get(t);
            boolean hasId = cols.contains("id");
            // one statement per table: copy n = 1 .. counties × replicas - 1 of the county's rows; copy n lies in
            // county n / replicas (its units moved by that county's offset), its ids moved by n × OFFSET
            String off = "(copy_gen.n * " + OFFSET + ")";
            String unitOff = "(copy_gen.n / " + replicas + " * " + replicas + " * " + OFFSET + ")";
            List<String> select = new ArrayList<>();
            for (String c : cols) {
                if (c.equals("id") && hasId) {
                    select.add("id + " + off);
                } else if (unitColumns.getOrDefault(t, Set.of()).contains(c)) {
                    select.add("case when " + c + " in (select id from unit where path like '" + newCountyPath
                            + "%') then " + c + " + " + unitOff + " else " + c + " end");
                } else if (c.equals("subject_id") && textSubjects.contains(t)) {
                    select.add("case when subject_id ~ '^[0-9]{1,12}$' then (subject_id::bigint + " + off
                            + ")::text else subject_id end");
                } else if (offsetColumns.getOrDefault(t, Set.of()).contains(c)) {
                    select.add(c + " + " + off);
                } else if (c.equals(suffixed.get(t))) {
                    Integer max = lengths.get(t + "." + c);
                    select.add(max == null ? c + " || '~' || copy_gen.n"
                            : "left(" + c + ", " + max + " - 1 - length(copy_gen.n::text)) || '~' || copy_gen.n");
                } else {
                    select.add(c);
                }
            }
            // the county's own rows (a unit column in its tree), whose parents were copied
            List<String> conditions = new ArrayList<>();
            conditions.add(hasId ? "id < " + OFFSET : "true");
            if (perUnit.contains(t)) {
                conditions.add("copy_gen.n % " + replicas + " = 0");
            }
            Set<String> ownUnits = unitColumns.getOrDefault(t, Set.of());
            if (!ownUnits.isEmpty()) {
                conditions.add("(" + String.join(" or ", ownUnits.stream().map(c -> c + " in (select id from unit"
                        + " where path like '" + newCountyPath + "%')").toList()) + ")");
            }
            for (Fk fk : fks) {
                if (fk.table().equals(t) && copied.contains(fk.target()) && !fk.target().equals(t)
                        && columns.get(fk.target()).contains("id")) {
                    // a look-up by primary key per row (an IN over a large parent falls back to scanning it)
                    conditions.add("(" + fk.column() + " is null or exists (select 1 from " + fk.target()
                            + " parent where parent.id = " + fk.column() + " + " + off + "))");
                }
            }
            if (!hasId && !offsetColumns.getOrDefault(t, Set.of()).isEmpty()) {
                conditions.add(offsetColumns.get(t).iterator().next() + " < " + OFFSET);
            } else if (!hasId) {
                conditions.addAll(ownUnits.stream().map(c -> "coalesce(" + c + ", 0) < " + OFFSET).toList());
            }
            exec("insert into " + t + " (" + String.join(", ", cols) + ") overriding system value select "
                    + String.join(", ", select) + " from " + t + " cross join generate_series(1::bigint, "
                    + ((long) counties * replicas - 1) + ") as copy_gen(n) where " + String.join(" and ", conditions));
            if (hasId) {
                exec("select setval(pg_get_serial_sequence('" + t + "', 'id'), (select max(id) from " + t + "))"
                        + " where pg_get_serial_sequence('" + t + "', 'id') is not null");
            }
        }
        OUT.printf("records copied: %s rows in %d tables (%.1f s)%n",
                scalar("select sum(n_live_tup) from pg_stat_user_tables"), tables.size(), secs(t0));
        return new Province(root, countyIds);
    }

    /** The tables that hold the county's records: reference unit or a copied table, in foreign-key order. */
    List<String> copiedTables() throws SQLException {
        List<Fk> fks = foreignKeys();
        Set<String> all = new LinkedHashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
                        + " order by table_name")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        Set<String> copied = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Fk fk : fks) {
                if (NOT_COPIED.contains(fk.table()) || copied.contains(fk.table()) || fk.table().startsWith("audit")) {
                    continue;
                }
                if (fk.target().equals("unit") || copied.contains(fk.target())) {
                    copied.add(fk.table());
                    grew = true;
                }
            }
        }
        // foreign-key order: a table after the copied tables it references
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < copied.size()) {
            boolean moved = false;
            for (String t : copied) {
                if (placed.contains(t)) {
                    continue;
                }
                boolean ready = fks.stream().filter(f -> f.table().equals(t) && copied.contains(f.target())
                        && !f.target().equals(t)).allMatch(f -> placed.contains(f.target()));
                if (ready) {
                    placed.add(t);
                    ordered.add(t);
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("foreign-key cycle among " + copied + " minus " + placed);
            }
        }
        return ordered;
    }

    /** Ids of other records a copy keeps (accounts, indicators of the systems, which are not copied). */
    static final Set<String> KEPT_IDS = Set.of("actor_id", "assignee_user_id", "reviewer_id", "indicator_id",
            "user_id", "created_by", "submitted_by");

    /** Bigint columns named *_id that no foreign key constrains: {table, column}. */
    List<String[]> unconstrainedIds() throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select c.table_name, c.column_name from information_schema.columns c where c.table_schema = 'public'"
                        + " and c.column_name like '%\\_id' and c.data_type = 'bigint' and c.table_name not like 'audit%'"
                        + " and not exists (select 1 from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid"
                        + " and a.attnum = k.conkey[1] where k.contype = 'f' and k.conrelid::regclass::text = c.table_name"
                        + " and a.attname = c.column_name) order by 1, 2")) {
            while (rs.next()) {
                if (!NOT_COPIED.contains(rs.getString(1))) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    List<Fk> foreignKeys() throws SQLException {
        List<Fk> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text from pg_constraint c"
                        + " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]"
                        + " where c.contype = 'f' and c.connamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                out.add(new Fk(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        // unit columns without a constraint (deadline.owner_unit_id, …) count as references to unit
        for (String[] c : unconstrainedIds()) {
            if (c[1].endsWith("unit_id")) {
                out.add(new Fk(c[0], c[1], "unit"));
            }
        }
        return out;
    }

    private List<String> columnsOf(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select column_name from information_schema.columns where table_schema = 'public' and table_name = '"
                        + table + "' and is_generated = 'NEVER' order by ordinal_position")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Map<String, Integer> textLengths() throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name, column_name, character_maximum_length from information_schema.columns"
                        + " where table_schema = 'public' and character_maximum_length is not null")) {
            while (rs.next()) {
                out.put(rs.getString(1) + "." + rs.getString(2), rs.getInt(3));
            }
        }
        return out;
    }

    /**
     * Per copied table, the text column that gets the copy's suffix: the last text column of a unique index
     * none of whose columns moves with the copy (an index with a moved column stays unique by itself).
     */
    private Map<String, String> suffixedColumns(List<String> tables, Map<String, Set<String>> offset,
            Map<String, Set<String>> unitCols, Set<String> perUnit, Set<String> never) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select t.relname, (select array_agg(a.attname::text || ':' || format_type(a.atttypid, a.atttypmod)"
                        + " order by k.o) from unnest(i.indkey) with ordinality k(n, o) join pg_attribute a"
                        + " on a.attrelid = i.indrelid and a.attnum = k.n) from pg_index i join pg_class t on t.oid ="
                        + " i.indrelid where i.indisunique and t.relnamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!tables.contains(table) || rs.getArray(2) == null) {
                    continue;
                }
                String[] cols = (String[]) rs.getArray(2).getArray();
                boolean moves = false;
                boolean unit = false;
                String lastText = null;
                for (String c : cols) {
                    String name = c.substring(0, c.indexOf(':'));
                    String type = c.substring(c.indexOf(':') + 1);
                    if (name.equals("id") || offset.getOrDefault(table, Set.of()).contains(name)) {
                        moves = true;
                    }
                    if (unitCols.getOrDefault(table, Set.of()).contains(name)) {
                        unit = true;
                    }
                    if (type.startsWith("character") || type.equals("text")) {
                        lastText = name;
                    }
                }
                if (moves) {
                    continue;
                }
                if (lastText != null) {
                    String before = out.put(table, lastText);
                    if (before != null && !before.equals(lastText)) {
                        never.add(table);
                    }
                } else if (unit) {
                    perUnit.add(table);
                } else {
                    never.add(table);
                }
            }
        }
        return out;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  in: " + (sql.length() > 600 ? sql.substring(0, 600) + "…" : sql),
                    e.getSQLState(), e);
        }
    }

    private String scalar(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long scalarLong(String sql) throws SQLException {
        return Long.parseLong(scalar(sql));
    }

    private static double secs(long t) {
        return (System.nanoTime() - t) / 1e9;
    }
}
