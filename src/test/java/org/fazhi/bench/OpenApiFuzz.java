package org.fazhi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzing driven by the OpenAPI document (bench/openapi-fuzz.sh runs it against a started jar on
 * PostgreSQL). For every operation of {@code /v3/api-docs}, grouped into module families (the path
 * segment after /api/v1/, public ones as public/&lt;segment&gt;), it sends generated bad requests,
 * deterministic for a seed, until each family has had at least {@code --per-family} (10,000):
 * malformed JSON, arrays and scalars for objects, unknown fields, missing fields, wrong types in
 * every field, boundary numbers, huge strings and strings with control characters, lone surrogates,
 * impossible dates, unknown enum values; wrong content types; path ids that do not exist, are not
 * numbers or overflow, and (reads only) ids of records of other units; and the same kinds of bad
 * values in query parameters. Each operation is called as a demo account that may call it (the
 * module's account first, the next on 403). Operations without a body that change something are
 * called only with ids that cannot name a record, so a fuzz run changes nothing by design.
 *
 * <p>It reports per family the requests sent, the answers by status class, every 5xx (each a bug),
 * and whether any table's row count changed (the audit and scheduling tables excluded).
 */
public final class OpenApiFuzz {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> USERS = List.of("fzb", "qicao", "shencha", "donghu", "admin", "secadmin", "auditor",
            "zhifa1");
    static final Map<String, String> WORKS_ON = Map.ofEntries(Map.entry("normdocs", "qicao"),
            Map.entry("review", "shencha"), Map.entry("rules", "fzb"), Map.entry("units", "admin"),
            Map.entry("users", "admin"), Map.entry("audit", "auditor"), Map.entry("account", "donghu"),
            Map.entry("enforcement", "zhifa1"), Map.entry("inspections", "zhifa1"),
            Map.entry("participation", "fzb"), Map.entry("lists", "qicao"), Map.entry("governance", "fzb"),
            Map.entry("decisions", "fzb"), Map.entry("reconsideration", "shencha"), Map.entry("litigation", "fzb"),
            Map.entry("accountability", "fzb"), Map.entry("indicators", "fzb"), Map.entry("disclosure", "qicao"),
            Map.entry("disputes", "fzb"), Map.entry("publicity", "fzb"), Map.entry("suggestions", "fzb"),
            Map.entry("tickets", "fzb"), Map.entry("open311", "fzb"));
    static final Set<String> VOLATILE_TABLES = Set.of("flyway_schema_history", "audit_event", "audit_chain_head",
            "audit_chain", "audit_pending", "audit_chainer", "shedlock", "event_publication", "api_token",
            "spring_session", "spring_session_attributes", "search_change", "login_attempt", "security_alert");

    record Operation(String family, String method, String path, JsonNode bodySchema, List<JsonNode> queryParams,
            boolean hasPathIds, boolean multipart) {

        boolean writes() {
            return !"GET".equals(method);
        }

        /** Query parameters that can be given a value no request may carry (a number or boolean). */
        boolean typedQuery() {
            return queryParams.stream().anyMatch(p -> !"string".equals(p.path("schema").path("type").asString("string")));
        }
    }

    record Probe(String kind, String method, String path, String contentType, String body) {
    }

    record Finding(String family, String probe, int status, String answer) {
    }

    private final String base;
    private final String password;
    private final JsonNode schemas;
    private final Map<String, String> userFor = new ConcurrentHashMap<>();
    private final Map<String, Map<String, AtomicLong>> stats = new ConcurrentHashMap<>();
    private final List<Finding> fivexx = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> skipped = new ArrayList<>();

    private OpenApiFuzz(String base, String password, JsonNode schemas) {
        this.base = base;
        this.password = password;
        this.schemas = schemas;
    }

    public static void main(String[] args) throws Exception {
        String base = BenchHttp.arg(args, "base", null);
        String password = BenchHttp.arg(args, "password", "Demo-Passw0rd-2026");
        int perFamily = Integer.parseInt(BenchHttp.arg(args, "per-family", "10000"));
        long seed = Long.parseLong(BenchHttp.arg(args, "seed", "8"));
        int threads = Integer.parseInt(BenchHttp.arg(args, "threads", "6"));
        String only = BenchHttp.arg(args, "only", "");
        String jdbc = BenchHttp.arg(args, "jdbc", null);
        String dbUser = BenchHttp.arg(args, "db-user", null);
        String dbPassword = BenchHttp.arg(args, "db-password", null);
        Path out = Path.of(BenchHttp.arg(args, "out", "target/bench/openapi-fuzz.md"));

        JsonNode docs = JSON.readTree(BenchHttp.json("GET", base + "/v3/api-docs", null, null).body());
        OpenApiFuzz fuzz = new OpenApiFuzz(base, password, docs.path("components").path("schemas"));
        Map<String, List<Operation>> families = fuzz.operations(docs);
        if (!only.isEmpty()) {
            families.keySet().retainAll(Set.of(only.split(",")));
        }
        StringBuilder report = new StringBuilder();
        report.append("| family | operations | requests | 2xx | 3xx | 4xx | 5xx | rows changed |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        long total = 0;
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            for (var family : families.entrySet()) {
                Map<String, Long> before = rowCounts(db);
                long sent = fuzz.run(family.getKey(), family.getValue(), perFamily, seed, threads);
                total += sent;
                Map<String, Long> after = rowCounts(db);
                List<String> changed = new ArrayList<>();
                for (var e : after.entrySet()) {
                    long was = before.getOrDefault(e.getKey(), 0L);
                    if (was != e.getValue()) {
                        changed.add(e.getKey() + " " + was + "→" + e.getValue());
                    }
                }
                Map<String, AtomicLong> s = fuzz.stats.getOrDefault(family.getKey(), Map.of());
                String line = String.format("| %s | %d | %d | %d | %d | %d | %d | %s |%n", family.getKey(),
                        family.getValue().size(), sent, count(s, "2"), count(s, "3"), count(s, "4"), count(s, "5"),
                        changed.isEmpty() ? "none" : String.join(", ", changed));
                report.append(line);
                System.out.print(line);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        report.append(String.format("%nAll families: %,d requests in %.0f s (%.0f per second), seed %d, %d threads; "
                + "%d answered 5xx.%n", total, secs, total / secs, seed, threads, fuzz.fivexx.size()));
        if (!fuzz.skipped.isEmpty()) {
            report.append("\nNot fuzzed (a change with no body, path id or typed query parameter: any call would make it): ")
                    .append(String.join(", ", fuzz.skipped)).append(".\n");
        }
        if (!fuzz.fivexx.isEmpty()) {
            report.append("\n5xx answers (first 50):\n\n");
            fuzz.fivexx.stream().limit(50).forEach(f -> report.append("- ").append(f.family()).append(": ")
                    .append(f.probe()).append(" → ").append(f.status()).append(' ').append(f.answer()).append('\n'));
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        System.exit(fuzz.fivexx.isEmpty() ? 0 : 1);
    }

    private static long count(Map<String, AtomicLong> s, String prefix) {
        return s.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue().get())
                .sum();
    }

    private Map<String, List<Operation>> operations(JsonNode docs) {
        Map<String, List<Operation>> families = new TreeMap<>();
        JsonNode paths = docs.path("paths");
        for (String path : paths.propertyNames()) {
            JsonNode item = paths.get(path);
            for (String m : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = item.path(m);
                if (op.isMissingNode()) {
                    continue;
                }
                JsonNode schema = null;
                JsonNode content = op.path("requestBody").path("content");
                if (content.has("application/json")) {
                    schema = resolve(content.path("application/json").path("schema"));
                }
                List<JsonNode> query = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    if ("query".equals(p.path("in").asString(""))) {
                        query.add(p);
                    }
                }
                String rest = path.replaceFirst("^/api/v1/", "");
                String[] seg = rest.split("/");
                String family = "public".equals(seg[0]) && seg.length > 1 ? "public/" + seg[1] : seg[0];
                Operation operation = new Operation(family, m.toUpperCase(), path, schema, query, path.contains("{"),
                        content.has("multipart/form-data"));
                // a change without a body, a path id or a typed query parameter cannot be asked badly
                // without being asked: it is left out (counted in the report)
                if (operation.writes() && schema == null && !operation.multipart() && !operation.hasPathIds()
                        && !operation.typedQuery()) {
                    skipped.add(operation.method() + " " + path);
                    continue;
                }
                families.computeIfAbsent(family, k -> new ArrayList<>()).add(operation);
            }
        }
        return families;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private long run(String family, List<Operation> ops, int perFamily, long seed, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong sent = new AtomicLong();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                work.add(pool.submit(() -> {
                    Random random = new Random(seed * 1_000_003 + family.hashCode() * 31L + worker);
                    int i = worker;
                    while (sent.get() < perFamily) {
                        Operation op = ops.get(i++ % ops.size());
                        Probe probe = probe(op, random);
                        send(op, probe);
                        sent.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            return sent.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static final List<String> BAD_IDS = List.of("0", "-1", "999999999", "9223372036854775807",
            "9223372036854775808", "99999999999999999999", "abc", "1.5", "1e3", "%00", "%E6%B3%95", "null",
            "%20", "1;drop", "x".repeat(300), "%27%22%3C%3E", "..%2F..");
    private static final List<String> BAD_STRINGS = List.of("", " ", "\\u0000", "a\\u0000b", "\\ud800", "\\udfff",
            "\\u202e反向", "\\u0007\\u001b[31m", "\\t\\r\\n", "'; drop table x; --", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "%s%n%x", "../../etc/passwd", "😀法治", "\\uffff", "\\ufeff");
    private static final List<String> BAD_NUMBERS = List.of("0", "-1", "-2147483649", "2147483648",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e309", "-1e309",
            "0.0000001", "1.5", "123456789012345678901234567890", "-0");
    private static final List<String> BAD_DATES = List.of("\"2024-02-30\"", "\"9999-99-99\"", "\"0000-00-00\"",
            "\"2024-13-01\"", "\"today\"", "\"2024/03/01\"", "\"2024-03-01T25:61:61\"", "\"\\u0000\"", "[2024]");

    private Probe probe(Operation op, Random random) {
        String path = path(op, random);
        int kind = random.nextInt(10);
        if (op.multipart()) {
            return multipartProbe(op, path, random);
        }
        if (op.bodySchema() != null && kind < 6) {
            return bodyProbe(op, path, random);
        }
        if (op.bodySchema() != null && kind < 8) {
            return contentTypeProbe(op, path, random);
        }
        boolean typedOnly = op.writes() && !op.hasPathIds();
        if (!op.queryParams().isEmpty() && kind < 9 && (!typedOnly || op.typedQuery())) {
            return new Probe("query", op.method(), path + "?" + badQuery(op, random, typedOnly), null, null);
        }
        if (op.bodySchema() != null) {
            return bodyProbe(op, path, random);
        }
        if (op.hasPathIds()) {
            return new Probe("path id", op.method(), path, null, null);
        }
        return new Probe("query", op.method(), path + "?" + badQuery(op, random, typedOnly), null, null);
    }

    private Probe multipartProbe(Operation op, String path, Random random) {
        String boundary = "fz" + random.nextInt(1_000_000);
        byte[] garbage = new byte[random.nextInt(4096)];
        random.nextBytes(garbage);
        String file = new String(garbage, StandardCharsets.ISO_8859_1);
        return switch (random.nextInt(5)) {
            case 0 -> new Probe("multipart: a file that is not a workbook", op.method(), path,
                    "multipart/form-data; boundary=" + boundary, "--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\n\r\n" + file
                            + "\r\n--" + boundary + "--\r\n");
            case 1 -> new Probe("multipart: no file part", op.method(), path, "multipart/form-data; boundary=" + boundary,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n1\r\n--" + boundary
                            + "--\r\n");
            case 2 -> new Probe("multipart: cut off", op.method(), path, "multipart/form-data; boundary=" + boundary,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n" + file);
            case 3 -> new Probe("multipart: no boundary", op.method(), path, "multipart/form-data", file);
            default -> new Probe("multipart: JSON instead", op.method(), path, "application/json", "{\"file\":1}");
        };
    }

    /** The path with its ids: not a record's (or, for reads and bodies that cannot validate, a low id). */
    private String path(Operation op, Random random) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(op.path());
        boolean read = "GET".equals(op.method());
        while (m.find()) {
            String id;
            if (read && random.nextInt(3) == 0) {
                id = String.valueOf(1 + random.nextInt(60)); // records of this or another unit
            } else {
                id = BAD_IDS.get(random.nextInt(BAD_IDS.size()));
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Bad query values; {@code typedOnly}: only values no number or boolean parameter accepts. */
    private String badQuery(Operation op, Random random, boolean typedOnly) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode p : op.queryParams()) {
            String type = p.path("schema").path("type").asString("string");
            if (typedOnly) {
                if (!"string".equals(type)) {
                    pairs.add(URLEncoder.encode(p.path("name").asString(), StandardCharsets.UTF_8) + "="
                            + ("boolean".equals(type) ? "maybe" : "x" + random.nextInt(99)));
                }
                continue;
            }
            if (random.nextInt(3) == 0) {
                continue;
            }
            String value = switch (type) {
                case "integer", "number" -> random.nextBoolean() ? BAD_NUMBERS.get(random.nextInt(BAD_NUMBERS.size()))
                        : "x";
                case "boolean" -> random.nextBoolean() ? "maybe" : "2";
                default -> random.nextInt(4) == 0 ? "法".repeat(5000) : unescape(BAD_STRINGS.get(random.nextInt(
                        BAD_STRINGS.size())));
            };
            pairs.add(URLEncoder.encode(p.path("name").asString(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        pairs.add("unknownParam=" + random.nextInt(1000));
        return String.join("&", pairs);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'r' ? '\r' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Probe contentTypeProbe(Operation op, String path, Random random) {
        String good = valid(op.bodySchema(), random, 0);
        return switch (random.nextInt(6)) {
            case 0 -> new Probe("content type text/plain", op.method(), path, "text/plain", good);
            case 1 -> new Probe("content type xml", op.method(), path, "application/xml", "<a><b>1</b></a>");
            case 2 -> new Probe("content type form", op.method(), path, "application/x-www-form-urlencoded",
                    "a=1&b=%00");
            case 3 -> new Probe("content type multipart without boundary", op.method(), path, "multipart/form-data",
                    good);
            case 4 -> new Probe("no content type", op.method(), path, null, good);
            default -> new Probe("octet stream", op.method(), path, "application/octet-stream", good);
        };
    }

    private Probe bodyProbe(Operation op, String path, Random random) {
        Map<String, JsonNode> props = properties(op.bodySchema());
        String good = valid(op.bodySchema(), random, 0);
        int kind = random.nextInt(props.isEmpty() ? 4 : 9);
        String body;
        String name;
        switch (kind) {
            case 0 -> {
                name = "malformed JSON";
                body = good.substring(0, Math.max(1, random.nextInt(Math.max(1, good.length()))));
            }
            case 1 -> {
                name = "array or scalar for the object";
                body = List.of("[1,2,3]", "\"text\"", "42", "null", "true", "[]", "[{}]").get(random.nextInt(7));
            }
            case 2 -> {
                name = "unknown field";
                body = good.length() > 2 ? "{\"unknownField" + random.nextInt(99) + "\":1," + good.substring(1)
                        : "{\"unknownField\":1}";
            }
            case 3 -> {
                name = "deeply nested or duplicate keys";
                body = random.nextBoolean() ? "[".repeat(5000) + "]".repeat(5000)
                        : "{\"a\":1,\"a\":2" + (good.length() > 2 ? "," + good.substring(1) : "}");
            }
            case 4, 5 -> {
                List<String> required = required(op.bodySchema());
                String victim = new ArrayList<>(props.keySet()).get(random.nextInt(props.size()));
                if (required.isEmpty()) {
                    name = "bad value in " + victim;
                    body = object(props, random, f -> f.equals(victim) ? bad(props.get(f), random)
                            : valid(props.get(f), random, 1));
                } else {
                    // a required field missing, and a boundary value elsewhere: validation sees both
                    String missing = required.get(random.nextInt(required.size()));
                    name = "missing " + missing + (victim.equals(missing) ? "" : ", boundary value in " + victim);
                    body = object(props, random, f -> f.equals(missing) ? null
                            : f.equals(victim) ? boundary(props.get(f), random) : valid(props.get(f), random, 1));
                }
            }
            default -> {
                String victim = new ArrayList<>(props.keySet()).get(random.nextInt(props.size()));
                name = "bad value in " + victim;
                body = object(props, random, f -> f.equals(victim) ? bad(props.get(f), random)
                        : valid(props.get(f), random, 1));
            }
        }
        return new Probe(name, op.method(), path, "application/json", body);
    }

    private String object(Map<String, JsonNode> props, Random random, java.util.function.Function<String, String> value) {
        StringBuilder b = new StringBuilder("{");
        for (String f : props.keySet()) {
            String v = value.apply(f);
            if (v != null) {
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append(JSON.writeValueAsString(f)).append(':').append(v);
            }
        }
        return b.append('}').toString();
    }

    private List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        resolve(schema).path("required").forEach(n -> names.add(n.asString()));
        return names;
    }

    /** Edge values that a field may or may not accept: the request is refused for another reason too. */
    private String boundary(JsonNode schema, Random random) {
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "integer", "number" -> List.of("0", "-1", "2147483647", "-2147483648", "9223372036854775807",
                    "1.5", "1e308", "-0").get(random.nextInt(8));
            case "string" -> List.of("\"\"", "\" \"", "\"<script>alert(1)</script>\"", "\"'; drop table x; --\"",
                    "\"\\u202e反向\"", "\"😀\"", "\"" + "法".repeat(4001) + "\"").get(random.nextInt(7));
            case "array" -> "[]";
            case "boolean" -> "true";
            default -> "{}";
        };
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        if (schema == null) {
            return props;
        }
        JsonNode p = resolve(schema).path("properties");
        for (String n : p.propertyNames()) {
            props.put(n, resolve(p.get(n)));
        }
        return props;
    }

    /** A plausible value of the schema (so that a single bad field is what the server meets). */
    private String valid(JsonNode given, Random random, int depth) {
        if (given == null) {
            return "{}";
        }
        JsonNode schema = resolve(given);
        if (schema.has("enum")) {
            JsonNode e = schema.get("enum");
            return JSON.writeValueAsString(e.get(random.nextInt(e.size())));
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" -> switch (format) {
                case "date" -> "\"2026-03-02\"";
                case "date-time" -> "\"2026-03-02T09:00:00Z\"";
                default -> "\"测试\"";
            };
            case "integer", "number" -> String.valueOf(1 + random.nextInt(5));
            case "boolean" -> "false";
            case "array" -> depth > 2 ? "[]" : "[" + valid(schema.path("items"), random, depth + 1) + "]";
            default -> depth > 2 ? "{}" : object(properties(schema), random, f -> valid(properties(schema).get(f),
                    random, depth + 1));
        };
    }

    private String bad(JsonNode schema, Random random) {
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        int k = random.nextInt(4);
        if ("string".equals(type) && (format.startsWith("date"))) {
            return BAD_DATES.get(random.nextInt(BAD_DATES.size()));
        }
        if (schema.has("enum")) {
            return k == 0 ? "\"NO_SUCH_VALUE\"" : "\"\\u0000\"";
        }
        return switch (type) {
            case "string" -> switch (k) {
                case 0 -> "\"" + "法".repeat(100_000) + "\"";
                case 1 -> "\"" + List.of("\\u0000", "a\\u0000b", "\\ud800", "x\\udfffy").get(random.nextInt(4)) + "\"";
                case 2 -> List.of("{}", "[]", "{\"x\":[1]}", "[\"a\"]").get(random.nextInt(4));
                default -> "\"" + "x".repeat(random.nextInt(600)) + "\\u0000" + "\"";
            };
            case "integer", "number" -> List.of("\"x\"", "[]", "{}", "99999999999999999999999999", "NaN", "\"\\u0000\"",
                    "-99999999999999999999999999").get(random.nextInt(7));
            case "boolean" -> List.of("\"yes\"", "[]", "{}", "\"\\u0000\"").get(random.nextInt(4));
            case "array" -> List.of("{}", "\"a\"", "[" + "\"\\u0000\",".repeat(3) + "1]", "{\"x\":1}")
                    .get(random.nextInt(4));
            default -> List.of("[]", "\"x\"", "{\"unknown\":{}}", "\"\\u0000\"").get(random.nextInt(4));
        };
    }

    private void send(Operation op, Probe probe) {
        String user = userFor.computeIfAbsent(op.method() + " " + op.path(), k -> candidates(op.family()).get(0));
        int status;
        String answer;
        try {
            HttpResponse<String> r = call(probe, user);
            if (r.statusCode() == 403 || r.statusCode() == 401) {
                // the next account that may call it, once for the operation (401: an account whose
                // password alone does not reach the API, such as the first administrator, whose
                // password is not the demo one and must be changed first)
                for (String other : candidates(op.family())) {
                    if (other.equals(user)) {
                        continue;
                    }
                    HttpResponse<String> again = call(probe, other);
                    if (again.statusCode() != 403 && again.statusCode() != 401) {
                        userFor.put(op.method() + " " + op.path(), other);
                        r = again;
                        break;
                    }
                }
            }
            status = r.statusCode();
            answer = r.body() == null ? "" : r.body().substring(0, Math.min(200, r.body().length()));
        } catch (java.io.IOException e) {
            status = 599;
            answer = "connection: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        stats.computeIfAbsent(op.family(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(String.valueOf(status), k -> new AtomicLong()).incrementAndGet();
        if (status >= 500) {
            String shown = probe.body() == null ? "" : " body " + probe.body().substring(0, Math.min(160,
                    probe.body().length()));
            fivexx.add(new Finding(op.family(), probe.method() + " " + probe.path().substring(0, Math.min(160,
                    probe.path().length())) + " (" + probe.kind() + ", " + probe.contentType() + ")" + shown,
                    status, answer));
        }
    }

    private HttpResponse<String> call(Probe probe, String user) throws java.io.IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + probe.path()))
                .timeout(Duration.ofSeconds(60)).header("Authorization", BenchHttp.basic(user, password))
                .header("Accept", "application/json");
        if (probe.contentType() != null) {
            b.header("Content-Type", probe.contentType());
        }
        b.method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
        return BenchHttp.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<String> candidates(String family) {
        String module = family.startsWith("public/") ? "" : family;
        List<String> order = new ArrayList<>();
        if (WORKS_ON.containsKey(module)) {
            order.add(WORKS_ON.get(module));
        }
        USERS.stream().filter(u -> !order.contains(u)).forEach(order::add);
        return order;
    }

    static Map<String, Long> rowCounts(Connection db) throws java.sql.SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select table_name from"
                + " information_schema.tables where lower(table_schema) = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase());
            }
        }
        for (Iterator<String> it = tables.iterator(); it.hasNext();) {
            String t = it.next();
            if (VOLATILE_TABLES.contains(t)) {
                continue;
            }
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + t)) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }
}
