package org.fazhi.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The province-scale benchmark's driver (bench/province-scale.sh), against a running application on
 * PostgreSQL and its database:
 * <ul>
 * <li>{@code build}: the province ({@link ProvinceGenerator}: the demo county copied {@code --counties - 1}
 * times under the demo city, every county's records {@code --replicas} times), a province leader account
 * ({@code --leader}, the demo leader's password, at the province unit), then {@code --cases} generated
 * enforcement cases ({@link CaseGenerator}, spread over every agency of the province and the power items of
 * its lists) by {@code --streams} parallel {@code COPY} streams into enforcement_case without its secondary
 * indexes, which are built afterwards; then {@code ANALYZE}.</li>
 * <li>{@code figures}: the hand-written SQL of the active system's figures for a unit subtree and year
 * ({@link ProvinceFigures}), timed, printed one metric a line.</li>
 * </ul>
 * Options: {@code --jdbc --user --password --counties --replicas --cases --streams --seed --years --leader}.
 */
public final class ProvinceBench {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private ProvinceBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        String mode = args.length > 0 ? args[0] : "build";
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        try (Connection db = connect(o)) {
            if ("build".equals(mode)) {
                build(db, o);
            } else if ("figures".equals(mode)) {
                figures(db, o);
            } else {
                throw new IllegalArgumentException("mode build or figures, not " + mode);
            }
        }
    }

    static Connection connect(Map<String, String> o) throws SQLException {
        return DriverManager.getConnection(o.get("jdbc"), o.get("user"), o.get("password"));
    }

    static void build(Connection db, Map<String, String> o) throws Exception {
        int counties = Integer.parseInt(o.getOrDefault("counties", "100"));
        int replicas = Integer.parseInt(o.getOrDefault("replicas", "1"));
        long cases = Long.parseLong(o.getOrDefault("cases", "5000000"));
        int streams = Integer.parseInt(o.getOrDefault("streams", "4"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        long t0 = System.nanoTime();
        db.setAutoCommit(false);
        ProvinceGenerator.Province p = new ProvinceGenerator(db).build(counties, replicas);
        String leader = o.getOrDefault("leader", "shengling");
        exec(db, "insert into app_user (username, display_name, unit_id, password_hash, password_changed_at,"
                + " must_change_password, enabled, created_at, updated_at) select '" + leader + "', '省级领导（基准）', "
                + p.rootId() + ", password_hash, password_changed_at, false, true, created_at, updated_at from app_user"
                + " where id = (select u.id from app_user u join user_role r on r.user_id = u.id where r.role = 'LEADER'"
                + " order by u.id limit 1)");
        exec(db, "insert into user_role (user_id, role) select id, 'LEADER' from app_user where username = '" + leader + "'");
        db.commit();
        db.setAutoCommit(true);
        OUT.printf("province and its records: %.1f s; leader account %s at unit %d%n", secs(t0), leader, p.rootId());

        // the cases: over every agency of the province, with the power items of its lists in force
        List<CaseGenerator.Agency> agencies = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select u.code from enforcement_agency a"
                + " join unit u on u.id = a.unit_id order by u.code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        for (String code : codes) {
            agencies.add(CaseBench.agency(db, code));
        }
        LocalDate today = LocalDate.now();
        CaseGenerator g = new CaseGenerator(seed, agencies, today.minusYears(Integer.parseInt(o.getOrDefault("years",
                "5"))), today.minusDays(1));
        List<String> indexes = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select indexname, indexdef from pg_indexes"
                + " where tablename = 'enforcement_case' and indexname not like '%pkey'")) {
            while (rs.next()) {
                indexes.add(rs.getString(2));
                try (Statement d = db.createStatement()) {
                    d.execute("drop index " + rs.getString(1));
                }
            }
        }
        OUT.printf("%d agencies, %d power items; %,d cases by %d COPY streams, %d secondary indexes dropped%n",
                agencies.size(), agencies.stream().mapToInt(a -> a.powers().size()).sum(), cases, streams, indexes.size());
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        List<Future<?>> done = new ArrayList<>();
        long per = (cases + streams - 1) / streams;
        for (int k = 0; k < streams; k++) {
            long first = k * per + 1;
            long last = Math.min(cases, (k + 1) * per);
            done.add(pool.submit(() -> {
                try (Connection c = connect(o)) {
                    CaseBench.copy(c, g, first, last, "province-bench", false);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double copy = secs(t);
        t = System.nanoTime();
        for (String def : indexes) {
            exec(db, def);
        }
        double index = secs(t);
        t = System.nanoTime();
        exec(db, "analyze");
        OUT.printf("COPY of %,d cases: %.1f s (%.0f rows/s); %d indexes built: %.1f s; ANALYZE: %.1f s%n", cases,
                copy, cases / copy, indexes.size(), index, secs(t));
        OUT.printf("enforcement_case %s; other records %s in %s; database %s%n",
                scalar(db, "select pg_size_pretty(pg_total_relation_size('enforcement_case'))"),
                scalar(db, "select to_char(sum(n_live_tup), 'FM999,999,999') from pg_stat_user_tables where relname <>"
                        + " 'enforcement_case'"),
                scalar(db, "select count(*) from pg_stat_user_tables where n_live_tup > 0 and relname <> 'enforcement_case'"),
                scalar(db, "select pg_size_pretty(pg_database_size(current_database()))"));
        OUT.printf("build total %.1f s%n", secs(t0));
    }

    static void figures(Connection db, Map<String, String> o) throws SQLException {
        long unit = Long.parseLong(o.get("unit"));
        int year = Integer.parseInt(o.getOrDefault("year", String.valueOf(LocalDate.now().getYear())));
        int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
        Map<String, long[]> figures = null;
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            figures = ProvinceFigures.of(db, unit, year);
            times.add(secs(t) * 1000);
        }
        times.sort(null);
        OUT.printf("sql-ms %.1f (median of %d: %s)%n", times.get(times.size() / 2), runs, times);
        figures.forEach((id, v) -> OUT.printf("figure %s %d %d%n", id, v[0], v[1]));
    }

    static void exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    static String scalar(Connection db, String sql) throws SQLException {
        return CaseBench.scalar(db, sql);
    }

    static double secs(long t) {
        return (System.nanoTime() - t) / 1e9;
    }
}
