package org.fazhi.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.fazhi.search.SearchDocument;
import org.fazhi.search.SearchQuery;
import org.fazhi.search.SearchResult;
import org.fazhi.search.SearchSource;
import org.fazhi.search.internal.LuceneSearchIndex;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The search benchmark of issue 3: N synthetic normative documents ({@link NormdocGenerator}) in a
 * PostgreSQL table {@code documents(id, title, body, numbers)} and in a Lucene index built by the
 * application's own {@link LuceneSearchIndex} (same analyzers, same query construction, same
 * highlighting: its public {@code search} and {@code matchingKeys} are what is timed and counted).
 *
 * <p>For each typical query: the Lucene search as the catalog runs it (top 20 by relevance with the
 * exact total and highlighted snippets) against {@code ILIKE '%word%'} on
 * {@code title || ' ' || body || ' ' || numbers} (every word of the query, AND) — the top 20 by id
 * and {@code count(*)}, each timed, and their sum per run as the "page" a list with a pager needs;
 * median and p99 latency of repeated runs; and recall of the Lucene match set against the ILIKE
 * match set (the ground truth), on the full sets: |L ∩ I| / |I|.
 *
 * <p>Not part of the build: run {@code bench/search-vs-ilike.sh} (see {@code bench/README.md}).
 * Options: {@code --docs=100000 --seed=42 --jdbc=... --user=... --password=... --index=DIR
 * --lucene-runs=200 --ilike-runs=11 --reuse} (reuse a loaded table and index of the same size).
 */
public final class SearchVsIlike {

    static final String TYPE = "normative-document";

    /** The typical queries; {@code @number:N} / {@code @registration:N} are the numbers of document N. */
    static final List<String> QUERIES = List.of("行政处罚", "营业执照", "公平竞争", "@number:35", "安全生产 责任", "食品",
            "农村 宅基地", "行政复议", "生态环境保护", "农民工工资", "@registration:3", "校外培训机构", "最低生活保障",
            "建筑施工扬尘", "自公布之日起施行", "涉企 检查", "森林防火", "养犬", "政府采购 监督管理", "桥");

    record Row(String query, long ilikeMatches, long luceneMatches, long luceneTotal, double recall,
            long extra, double[] ilikeTop, double[] ilikeCount, double[] lucene) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int docs = Integer.parseInt(o.getOrDefault("docs", "100000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        int luceneRuns = Integer.parseInt(o.getOrDefault("lucene-runs", "200"));
        int ilikeRuns = Integer.parseInt(o.getOrDefault("ilike-runs", "11"));
        boolean reuse = o.containsKey("reuse");
        Path indexDir = Path.of(o.getOrDefault("index", "target/bench/index-" + docs));
        NormdocGenerator generator = new NormdocGenerator(seed);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        try (Connection db = DriverManager.getConnection(o.getOrDefault("jdbc",
                "jdbc:postgresql://127.0.0.1:5432/fazhi_bench"), o.getOrDefault("user", "fazhi_bench"),
                o.getOrDefault("password", "fazhi_bench"))) {
            out.printf("Search benchmark: %,d synthetic documents, seed %d%n", docs, seed);
            out.println("PostgreSQL " + scalar(db, "show server_version") + ", max_parallel_workers_per_gather="
                    + scalar(db, "show max_parallel_workers_per_gather") + ", shared_buffers="
                    + scalar(db, "show shared_buffers") + ", jit=" + scalar(db, "show jit") + "; JVM "
                    + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
            boolean loaded = reuse && tableHolds(db, docs);
            if (!loaded) {
                long t = System.nanoTime();
                load(db, generator, docs);
                out.printf("PostgreSQL: loaded and analysed in %.1f s, table %s%n", secs(t),
                        scalar(db, "select pg_size_pretty(pg_total_relation_size('documents'))"));
            }
            SearchSource source = new SearchSource() {
                @Override
                public String type() {
                    return TYPE;
                }

                @Override
                public void forEach(Consumer<SearchDocument> sink) {
                    for (long id = 1; id <= docs; id++) {
                        NormdocGenerator.Doc d = generator.doc(id);
                        sink.accept(new SearchDocument(TYPE + ":" + id, TYPE, d.title(), d.body(),
                                List.of(d.documentNumber(), d.registrationNumber()),
                                Map.of("issuingBody", d.issuingBody(), "year", String.valueOf(d.published().getYear()),
                                        "validity", "CURRENT"),
                                true, d.published()));
                    }
                }
            };
            if (!reuse) {
                deleteTree(indexDir);
            }
            try (LuceneSearchIndex index = new LuceneSearchIndex(indexDir.toString(), List.of(source))) {
                if (index.count(TYPE) != docs) {
                    long t = System.nanoTime();
                    index.rebuild(TYPE);
                    out.printf("Lucene: indexed in %.1f s, index %s%n", secs(t), size(indexDir));
                }
                List<Row> rows = new ArrayList<>();
                for (String q : QUERIES) {
                    rows.add(measure(resolve(q, generator), db, index, luceneRuns, ilikeRuns));
                    out.println("  measured: " + rows.get(rows.size() - 1).query());
                }
                String table = table(rows, docs, luceneRuns, ilikeRuns);
                out.println();
                out.println(table);
                Path report = Path.of("target/bench/search-vs-ilike-" + docs + ".md");
                Files.createDirectories(report.getParent());
                Files.writeString(report, table, StandardCharsets.UTF_8);
                out.println("Written to " + report);
            }
        }
    }

    static String resolve(String q, NormdocGenerator g) {
        if (q.startsWith("@number:")) {
            return g.documentNumber(Long.parseLong(q.substring(8)));
        }
        if (q.startsWith("@registration:")) {
            return g.registrationNumber(Long.parseLong(q.substring(14)));
        }
        return q;
    }

    static Row measure(String q, Connection db, LuceneSearchIndex index, int luceneRuns, int ilikeRuns)
            throws SQLException {
        List<String> words = Arrays.stream(q.split("\\s+")).filter(w -> !w.isBlank()).toList();
        String where = String.join(" and ", words.stream()
                .map(w -> "(title || ' ' || body || ' ' || numbers) ilike ?").toList());
        SearchQuery search = new SearchQuery(q, TYPE, Map.of(), true, 0, 20);

        // ground truth and recall on the full match sets
        Set<Long> truth = new HashSet<>();
        try (PreparedStatement ps = prepare(db, "select id from documents where " + where, words);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                truth.add(rs.getLong(1));
            }
        }
        Set<Long> found = new HashSet<>();
        index.matchingKeys(search).forEach(k -> found.add(Long.parseLong(k.substring(k.indexOf(':') + 1))));
        long both = truth.stream().filter(found::contains).count();
        double recall = truth.isEmpty() ? 1.0 : (double) both / truth.size();

        // Lucene: warm up, then time the catalog's search (top 20, exact total, snippets)
        long total = 0;
        for (int i = 0; i < 20; i++) {
            total = index.search(search).total();
        }
        double[] lucene = new double[luceneRuns];
        for (int i = 0; i < luceneRuns; i++) {
            long t = System.nanoTime();
            SearchResult r = index.search(search);
            lucene[i] = (System.nanoTime() - t) / 1e6;
            total = r.total();
        }

        // ILIKE: one warm-up each, then time top 20 by id and count(*)
        double[] top = new double[ilikeRuns];
        double[] count = new double[ilikeRuns];
        try (PreparedStatement topPs = prepare(db, "select id, title from documents where " + where
                + " order by id limit 20", words);
                PreparedStatement countPs = prepare(db, "select count(*) from documents where " + where, words)) {
            drain(topPs);
            drain(countPs);
            for (int i = 0; i < ilikeRuns; i++) {
                long t = System.nanoTime();
                drain(topPs);
                top[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                drain(countPs);
                count[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return new Row(q, truth.size(), found.size(), total, recall, found.size() - both, top, count, lucene);
    }

    static PreparedStatement prepare(Connection db, String sql, List<String> words) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < words.size(); i++) {
            ps.setString(i + 1, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return ps;
    }

    static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
            }
        }
    }

    static void load(Connection db, NormdocGenerator g, int docs) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists documents");
            s.execute("create table documents (id bigint primary key, title text not null, body text not null,"
                    + " numbers text not null)");
        }
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy documents (id, title, body, numbers) from stdin with (format csv)");
        StringBuilder chunk = new StringBuilder(1 << 20);
        for (long id = 1; id <= docs; id++) {
            NormdocGenerator.Doc d = g.doc(id);
            chunk.append(id).append(',').append(csv(d.title())).append(',').append(csv(d.body())).append(',')
                    .append(csv(d.numbers())).append('\n');
            if (chunk.length() > 1 << 19 || id == docs) {
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                chunk.setLength(0);
            }
        }
        copy.endCopy();
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze documents");
        }
    }

    static boolean tableHolds(Connection db, int docs) {
        try {
            return Long.parseLong(scalar(db, "select count(*) from documents")) == docs;
        } catch (SQLException e) {
            return false;
        }
    }

    static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String table(List<Row> rows, int docs, int luceneRuns, int ilikeRuns) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Lucene (org.fazhi.search) vs PostgreSQL ILIKE, %,d documents; "
                + "Lucene %d runs, ILIKE %d runs per query; times in ms (median / p99)%n%n", docs, luceneRuns, ilikeRuns));
        sb.append("| query | ILIKE matches | Lucene matches | recall | Lucene only | ILIKE page (top 20 + count) | "
                + "ILIKE top 20 by id | ILIKE count(*) | Lucene search | speed-up vs page | speed-up vs count |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Double> upPage = new ArrayList<>();
        List<Double> upCount = new ArrayList<>();
        List<Double> allLucene = new ArrayList<>();
        List<Double> allPage = new ArrayList<>();
        double minRecall = 1;
        for (Row r : rows) {
            double[] page = new double[r.ilikeTop().length];
            for (int i = 0; i < page.length; i++) {
                page[i] = r.ilikeTop()[i] + r.ilikeCount()[i];
                allPage.add(page[i]);
            }
            Arrays.stream(r.lucene()).forEach(allLucene::add);
            double lm = median(r.lucene());
            double sp = median(page) / lm;
            double sc = median(r.ilikeCount()) / lm;
            upPage.add(sp);
            upCount.add(sc);
            minRecall = Math.min(minRecall, r.recall());
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.3f | %,d | %.0f / %.0f | %.1f / %.1f | %.0f / %.0f | %.1f / %.1f | %.0f× | %.0f× |%n",
                    r.query(), r.ilikeMatches(), r.luceneMatches(), r.recall(), r.extra(), median(page), p99(page),
                    median(r.ilikeTop()), p99(r.ilikeTop()), median(r.ilikeCount()), p99(r.ilikeCount()), lm,
                    p99(r.lucene()), sp, sc));
        }
        double[] lucenePooled = allLucene.stream().mapToDouble(Double::doubleValue).toArray();
        double[] pagePooled = allPage.stream().mapToDouble(Double::doubleValue).toArray();
        sb.append(String.format(Locale.ROOT, "%nAll queries pooled: Lucene median %.1f ms, p99 %.1f ms; ILIKE page median %.0f ms,"
                + " p99 %.0f ms.%n", median(lucenePooled), p99(lucenePooled), median(pagePooled), p99(pagePooled)));
        sb.append(String.format(Locale.ROOT, "Speed-up (ILIKE median / Lucene median), per query: vs page min %.0f×, geometric mean"
                + " %.0f×; vs count(*) min %.0f×, geometric mean %.0f×. Lowest recall %.3f.%n",
                upPage.stream().min(Comparator.naturalOrder()).orElse(0.0), geomean(upPage),
                upCount.stream().min(Comparator.naturalOrder()).orElse(0.0), geomean(upCount), minRecall));
        sb.append("Lucene search = the catalog's search: top 20 by relevance, exact total, highlighted title and snippet."
                + " ILIKE page = top 20 by id plus count(*), what a list page with a pager runs. \"Lucene only\" = found"
                + " by Lucene, not by ILIKE (punctuation and full-width forms are folded).\n");
        return sb.toString();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Nearest-rank 99th percentile (with 11 runs: the slowest). */
    static double p99(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(0.99 * s.length);
        return s[Math.max(0, rank - 1)];
    }

    static double geomean(List<Double> v) {
        return Math.exp(v.stream().mapToDouble(Math::log).average().orElse(0));
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static String size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + a);
            }
            int eq = a.indexOf('=');
            o.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "" : a.substring(eq + 1));
        }
        return o;
    }

    private SearchVsIlike() {
    }
}
