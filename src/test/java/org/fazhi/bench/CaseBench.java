package org.fazhi.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The enforcement benchmarks' driver (bench/case-import.sh, bench/case-api.sh), against a running
 * application on PostgreSQL and its database:
 * <ul>
 * <li>{@code import}: N generated cases of the agencies named, first with {@code COPY} into
 * enforcement_case (timed), then through the application's
 * background case import (the API's {@code POST /api/v1/enforcement/imports/jobs} with the CSV as body,
 * as an enforcement officer), its job sampled every second (phase, rows done, percent) until it ends;
 * prints rows/s of both and their ratio. Repeated {@code --rounds} times, each round with its own cases
 * (the COPY is rolled back once it has ended, so that the import then stores the same rows).</li>
 * <li>{@code load}: N generated cases with {@code COPY} only (for the list and look-up benchmark), then
 * {@code VACUUM ANALYZE}.</li>
 * </ul>
 * Options: {@code --jdbc --user --password --base --login --login-password --rows --seed --agencies
 * (unit codes, comma-separated) --rounds --work (a directory for the CSV)}.
 */
public final class CaseBench {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private CaseBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        String mode = args.length > 0 ? args[0] : "import";
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        long rows = Long.parseLong(o.getOrDefault("rows", "1000000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        try (Connection db = DriverManager.getConnection(o.get("jdbc"), o.get("user"), o.get("password"))) {
            List<String> codes = List.of(o.getOrDefault("agencies", "SFX-ZHZF").split(","));
            LocalDate today = LocalDate.now();
            List<CaseGenerator.Agency> agencies = new ArrayList<>();
            LocalDate from = today.minusYears(Integer.parseInt(o.getOrDefault("years", "3")));
            for (String code : codes) {
                CaseGenerator.Agency a = agency(db, code.strip());
                agencies.add(a);
                // the import checks the power item in force on the opening day (COPY does not)
                LocalDate listFrom = "load".equals(mode) ? null : listInForceFrom(db, a.unitId());
                if (listFrom != null && listFrom.isAfter(from)) {
                    from = listFrom;
                }
            }
            // the last day is yesterday: the import refuses dates after today
            CaseGenerator g = new CaseGenerator(seed, agencies, from, today.minusDays(1));
            OUT.printf("agencies %s, %d power items, cases opened %s to %s, seed %d%n", codes,
                    agencies.stream().mapToInt(a -> a.powers().size()).sum(), from, today.minusDays(1), seed);
            if ("load".equals(mode)) {
                long t = System.nanoTime();
                copy(db, g, 1, rows, "bench-load", false);
                double s = secs(t);
                try (Statement st = db.createStatement()) {
                    st.execute("vacuum analyze enforcement_case");
                }
                OUT.printf("COPY of %,d cases: %.1f s (%.0f rows/s), then VACUUM ANALYZE: %.1f s; enforcement_case %s%n",
                        rows, s, rows / s, secs(t) - s,
                        scalar(db, "select pg_size_pretty(pg_total_relation_size('enforcement_case'))"));
                return;
            }
            int rounds = Integer.parseInt(o.getOrDefault("rounds", "2"));
            Path dir = Path.of(o.getOrDefault("work", "target/bench"));
            Files.createDirectories(dir);
            long before = Long.parseLong(scalar(db, "select count(*) from enforcement_case"));
            for (int round = 1; round <= rounds; round++) {
                // each round its own cases (round r: cases (r-1)N+1..rN), so nothing is deleted between rounds
                long first = (round - 1) * rows + 1;
                long last = round * rows;
                Path csv = dir.resolve("cases-" + first + "-" + last + ".csv");
                long t0 = System.nanoTime();
                try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    g.writeCsv(w, first, last);
                }
                OUT.printf("%n== round %d: cases %,d..%,d, enforcement_case holds %s rows%n", round, first, last,
                        scalar(db, "select count(*) from enforcement_case"));
                OUT.printf("CSV written in %.1f s: %,d bytes%n", secs(t0), Files.size(csv));
                OUT.printf("load average before COPY: %s%n", loadAverage());
                long t = System.nanoTime();
                copy(db, g, first, last, "bench-copy", true);
                double copySecs = secs(t);
                OUT.printf("COPY: %,d rows in %.1f s = %.0f rows/s (rolled back)%n", rows, copySecs, rows / copySecs);
                t = System.nanoTime();
                try (Statement st = db.createStatement()) {
                    st.execute("vacuum analyze enforcement_case");
                }
                OUT.printf("(VACUUM after the rollback: %.1f s)%n", secs(t));
                OUT.printf("load average before the import: %s%n", loadAverage());
                double importSecs = importThroughApi(o, csv, rows);
                OUT.printf("import: %,d rows in %.1f s = %.0f rows/s%n", rows, importSecs, rows / importSecs);
                OUT.printf("load average after the import: %s%n", loadAverage());
                OUT.printf("RESULT round %d: COPY %.0f rows/s, import %.0f rows/s, import/COPY = %.1f %%%n", round,
                        rows / copySecs, rows / importSecs, 100 * copySecs / importSecs);
                long stored = Long.parseLong(scalar(db, "select count(*) from enforcement_case where source_system ="
                        + " 'bench-import'"));
                if (stored != round * rows) {
                    throw new IllegalStateException("the import stored " + stored + " cases, not " + round * rows);
                }
                Files.deleteIfExists(csv);
            }
            OUT.printf("enforcement_case: %d rows before, %s after%n", before,
                    scalar(db, "select count(*) from enforcement_case"));
        }
    }

    /** Posts the CSV as an import job and samples the job until it ends; the seconds from post to done. */
    static double importThroughApi(Map<String, String> o, Path csv, long rows) throws IOException,
            InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("login", "zhifa1") + ":"
                + o.get("login-password")).getBytes(StandardCharsets.UTF_8));
        String base = o.get("base");
        long t = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/enforcement/imports/jobs?source=bench-import")).header("Authorization", auth)
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("import not started: " + started.statusCode() + " " + started.body());
        }
        String id = field(started.body(), "id");
        OUT.printf("  %6.1f s  file received, job %s%n", secs(t), id);
        String last = "";
        while (true) {
            Thread.sleep(1000);
            HttpResponse<String> job = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/enforcement/imports/jobs/" + id)).header("Authorization", auth)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            String body = job.body();
            String phase = field(body, "phase");
            String done = field(body, "done");
            String total = field(body, "total");
            String line = String.format("phase %s, rows %s of %s, %s %%", phase, done, total,
                    percent(phase, done, total));
            if (!line.equals(last)) {
                OUT.printf("  %6.1f s  %s%n", secs(t), line);
                last = line;
            }
            if ("DONE".equals(phase) || "FAILED".equals(phase)) {
                double s = secs(t);
                if (!"DONE".equals(phase) || !body.contains("\"imported\":" + rows)) {
                    throw new IllegalStateException("import ended so: " + body.substring(0, Math.min(body.length(),
                            2000)));
                }
                return s;
            }
        }
    }

    /**
     * COPY of cases first..last with {@code source} as their source system, in one transaction, committed
     * or (to compare with the import of the same cases afterwards) rolled back once the COPY has ended.
     */
    static void copy(Connection db, CaseGenerator g, long first, long n, String source, boolean rollback)
            throws SQLException, IOException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        String now = java.time.OffsetDateTime.now().toString();
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy enforcement_case (" + CaseGenerator.COPY_COLUMNS + ") from stdin");
        StringBuilder chunk = new StringBuilder(1 << 20);
        for (long i = first; i <= n; i++) {
            chunk.append(g.copyRow(i, source, now));
            if (chunk.length() > 1 << 19 || i == n) {
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                chunk.setLength(0);
            }
        }
        copy.endCopy();
        if (rollback) {
            db.rollback();
        } else {
            db.commit();
        }
        db.setAutoCommit(auto);
    }

    /** The agency of a unit (by its code) and the power items of the lists in force today that it implements. */
    static CaseGenerator.Agency agency(Connection db, String unitCode) throws SQLException {
        long agencyId;
        long unitId;
        try (PreparedStatement ps = db.prepareStatement("select a.id, a.unit_id from enforcement_agency a join unit u"
                + " on u.id = a.unit_id where u.code = ?")) {
            ps.setString(1, unitCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no agency of unit " + unitCode);
                }
                agencyId = rs.getLong(1);
                unitId = rs.getLong(2);
            }
        }
        List<CaseGenerator.Power> powers = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select i.id, i.code, e.name, e.power_type from list_entry e"
                + " join list_item i on i.id = e.item_id where e.implementing_unit_id = ? and e.version_id in ("
                + IN_FORCE + ") order by i.code")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    powers.add(new CaseGenerator.Power(rs.getLong(1), rs.getString(2), rs.getString(3),
                            kind(rs.getString(4))));
                }
            }
        }
        return new CaseGenerator.Agency(unitCode, agencyId, unitId, powers);
    }

    /** The published power-list versions in force today (one per list: the latest effective). */
    private static final String IN_FORCE = "select distinct on (v.list_id) v.id from list_version v join item_list l"
            + " on l.id = v.list_id where l.kind = 'POWER' and v.status = 'PUBLISHED' and v.effective_date <="
            + " current_date order by v.list_id, v.effective_date desc, v.version_no desc";

    /** Since when the power items of the unit have been as today (cases open after it find them). */
    static LocalDate listInForceFrom(Connection db, long unitId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("select max(v.effective_date) from list_version v where v.id in ("
                + IN_FORCE + ") and exists (select 1 from list_entry e where e.version_id = v.id and"
                + " e.implementing_unit_id = ?)")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                java.sql.Date d = rs.getDate(1);
                return d == null ? null : d.toLocalDate();
            }
        }
    }

    private static String kind(String powerType) {
        if (powerType == null) {
            return "OTHER";
        }
        return switch (powerType) {
            case "PENALTY", "COERCION", "INSPECTION", "LICENSING", "LEVY", "CONFIRMATION" -> powerType;
            default -> "OTHER";
        };
    }

    /** The job's percent as CaseImportJobs.Job#percent (the console's bar) computes it. */
    static String percent(String phase, String done, String total) {
        if ("DONE".equals(phase) || "FAILED".equals(phase)) {
            return "100";
        }
        long d = done.matches("-?\\d+") ? Long.parseLong(done) : 0;
        long t = total.matches("-?\\d+") ? Long.parseLong(total) : -1;
        if (t <= 0) {
            return "?";
        }
        long half = Math.min(100, d * 50 / t);
        return String.valueOf("STORE".equals(phase) ? 50 + half : half);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+|null|true|false)").matcher(json);
        if (!m.find()) {
            return "-";
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    static String scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static double secs(long t) {
        return (System.nanoTime() - t) / 1e9;
    }
}
