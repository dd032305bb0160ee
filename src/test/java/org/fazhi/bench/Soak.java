package org.fazhi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak's simulated users (bench/soak.sh): {@code --users} (200) at once for {@code --seconds}
 * (600), each with 0.5–2.5 s between requests: portal readers (60 %: the portal home, the catalog
 * page, catalog searches, a document's page and JSON), commenters (25 %: the open consultations, a
 * comment posted, its receipt looked up) and staff working a document through the procedure
 * (15 %, as the demo drafter over the API: a draft, reading it and its guide, a new version, the
 * earliest closing date, opening the consultation, a comment taken by phone). Every answer other
 * than the expected one is an error; after the run every acknowledged write is looked up again (a
 * lost write if not found): each public comment (201 with a receipt number) by its receipt, each
 * draft by its id, each version, consultation and comment taken by phone in its document's list.
 * Prints p50/p99 per request type.
 *
 * <p>The staff call the API with a personal token (issued once with the password): a password sent
 * with every call costs a PBKDF2-HMAC-SM3 derivation of 100,000 iterations per request (0.3–0.8 s
 * of CPU on this machine), which is what tokens are for.
 */
public final class Soak {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> WORDS = List.of("行政", "管理", "办法", "通知", "规定", "实施", "安全", "市场", "环境",
            "农村", "教育", "卫生");

    private final String base;
    private final String password;
    private volatile String staff;
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
    /** Acknowledged staff writes: the list (or record) URL that must show them, and the id answered. */
    private final ConcurrentLinkedQueue<String[]> staffWrites = new ConcurrentLinkedQueue<>();
    private final List<Long> documentIds = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> consultations = Collections.synchronizedList(new ArrayList<>());
    private volatile long issuingBodyId;
    /** Answers before this instant are not timed (warm-up). */
    private volatile long warmEnd = Long.MAX_VALUE;

    private Soak(String base, String password) {
        this.base = base;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        String base = BenchHttp.arg(args, "base", null);
        int users = Integer.parseInt(BenchHttp.arg(args, "users", "200"));
        int seconds = Integer.parseInt(BenchHttp.arg(args, "seconds", "600"));
        int warmup = Integer.parseInt(BenchHttp.arg(args, "warmup", "60"));
        Path out = Path.of(BenchHttp.arg(args, "out", "target/bench/soak.md"));
        Soak soak = new Soak(base, BenchHttp.arg(args, "password", "Demo-Passw0rd-2026"));
        soak.prepare();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        soak.warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.submit(() -> soak.user(user, end));
        }
        pool.shutdown();
        while (!pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
            // the users stop by themselves at the end
        }
        // every acknowledged comment is there afterwards
        long lost = 0;
        List<String> lostSamples = new ArrayList<>();
        for (String receipt : soak.receipts) {
            HttpResponse<String> r = BenchHttp.json("GET", base + "/api/v1/public/comments/"
                    + URLEncoder.encode(receipt, StandardCharsets.UTF_8), null, null);
            if (r.statusCode() != 200) {
                lost++;
                if (lostSamples.size() < 10) {
                    lostSamples.add(receipt + " → " + r.statusCode());
                }
            }
        }
        // every acknowledged staff write is in its list (or its record answers)
        long staffLost = 0;
        Map<String, JsonNode> lists = new java.util.HashMap<>();
        for (String[] w : soak.staffWrites) {
            boolean found;
            if (w[1] == null) {
                found = BenchHttp.json("GET", w[0], soak.staff, null).statusCode() == 200;
            } else {
                JsonNode list = lists.computeIfAbsent(w[0], url -> {
                    try {
                        return items(JSON.readTree(BenchHttp.json("GET", url, soak.staff, null).body()));
                    } catch (Exception e) {
                        return JSON.createArrayNode();
                    }
                });
                found = false;
                for (JsonNode item : list) {
                    found |= w[1].equals(item.path("id").asString(""));
                }
            }
            if (!found) {
                staffLost++;
                if (lostSamples.size() < 20) {
                    lostSamples.add(w[0] + (w[1] == null ? "" : " id " + w[1]));
                }
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("%d users for %d s (first %d s warm-up, not timed).%n%n", users, seconds, warmup));
        report.append("| request type | requests | errors | p50 (ms) | p99 (ms) |\n|---|---:|---:|---:|---:|\n");
        long total = 0;
        long totalErrors = 0;
        for (var e : new TreeMap<>(soak.latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            long errs = soak.errors.getOrDefault(e.getKey(), new AtomicLong()).get();
            total += l.size();
            totalErrors += errs;
            report.append(String.format("| %s | %d | %d | %.0f | %.0f |%n", e.getKey(), l.size(), errs,
                    pct(l, 50) / 1e6, pct(l, 99) / 1e6));
        }
        for (var e : soak.errors.entrySet()) {
            if (!soak.latencies.containsKey(e.getKey())) {
                totalErrors += e.getValue().get();
                report.append(String.format("| %s | – | %d | – | – |%n", e.getKey(), e.getValue().get()));
            }
        }
        report.append(String.format("%nTimed requests: %,d (%.0f per second); errors (all, warm-up included): %d;"
                + " acknowledged public comments: %d, found afterwards: %d, lost: %d; acknowledged staff writes"
                + " (drafts, versions, consultations, comments by phone): %d, found afterwards: %d, lost: %d.%n", total,
                total / (double) Math.max(1, seconds - warmup), totalErrors, soak.receipts.size(),
                soak.receipts.size() - lost, lost, soak.staffWrites.size(), soak.staffWrites.size() - staffLost,
                staffLost));
        if (!soak.errorSamples.isEmpty()) {
            report.append("\nFirst errors:\n\n");
            soak.errorSamples.stream().limit(60).forEach(s -> report.append("- ").append(s).append('\n'));
        }
        lostSamples.forEach(s -> report.append("- lost: ").append(s).append('\n'));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        System.exit(totalErrors == 0 && lost == 0 && staffLost == 0 ? 0 : 1);
    }

    /** A list's entries, whether it answers a JSON array or a page ({@code items}). */
    private static JsonNode items(JsonNode list) {
        return list.has("items") ? list.path("items") : list;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private void prepare() throws Exception {
        HttpResponse<String> issued = BenchHttp.json("POST", base + "/api/v1/account/tokens",
                BenchHttp.basic("qicao", password), "{\"name\":\"soak\",\"validHours\":4,\"scopes\":[\"normdocs:write\"]}");
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("no token for the drafter: " + issued.statusCode() + " " + issued.body());
        }
        staff = "Bearer " + JSON.readTree(issued.body()).path("token").asString();
        JsonNode open = JSON.readTree(BenchHttp.json("GET", base + "/api/v1/public/consultations", null, null).body());
        for (JsonNode c : open) {
            if (c.path("acceptingComments").asBoolean()) {
                consultations.add(c.path("consultationId").asLong());
            }
        }
        JsonNode hits = JSON.readTree(BenchHttp.json("GET", base + "/api/v1/public/normdocs?size=100", null, null)
                .body()).path("items");
        hits.forEach(h -> documentIds.add(h.path("id").asLong()));
        JsonNode bodies = items(JSON.readTree(BenchHttp.json("GET", base + "/api/v1/normdocs/issuing-bodies", staff,
                null).body()));
        for (JsonNode b : bodies) {
            long id = b.path("id").asLong();
            if (BenchHttp.json("POST", base + "/api/v1/normdocs/documents", staff, draft(id, "准备")).statusCode() == 201) {
                issuingBodyId = id;
                break;
            }
        }
        if (consultations.isEmpty() || documentIds.isEmpty() || issuingBodyId == 0) {
            throw new IllegalStateException("the demo county lacks an open consultation, a published document or a"
                    + " body the drafter may draft for: " + consultations + " " + documentIds.size() + " " + issuingBodyId);
        }
    }

    private static String draft(long body, String mark) {
        return """
                {"issuingBodyId": %d, "title": "示范县浸泡测试管理办法%s", "affectsRights": false,
                 "body": "第一条 为规范浸泡测试，制定本办法。\\n第二条 本办法自公布之日起施行。",
                 "draftingNotes": "压力测试起草说明。", "basis": "《中华人民共和国立法法》",
                 "noConsultationReason": "内部工作规范"}
                """.formatted(body, mark);
    }

    private void user(int user, long end) {
        Random random = new Random(user);
        int role = user % 20; // 12 readers, 5 commenters, 3 staff in every 20
        BenchHttp browser = new BenchHttp();
        long document = -1;
        int step = 0;
        while (System.nanoTime() < end) {
            try {
                if (role < 12) {
                    read(browser, random);
                } else if (role < 17) {
                    comment(user, random);
                } else {
                    if (document < 0 || step > 6) {
                        document = -1;
                        step = 0;
                    }
                    document = work(document, step++, random);
                }
                Thread.sleep(500 + random.nextInt(2000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                error("exception", e.toString());
            }
        }
    }

    private void read(BenchHttp browser, Random random) throws Exception {
        switch (random.nextInt(5)) {
            case 0 -> timed("portal home", 200, () -> browser.get(base + "/"));
            case 1 -> timed("portal catalog page", 200, () -> browser.get(base + "/documents?q="
                    + URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8)));
            case 2 -> timed("catalog search API", 200, () -> BenchHttp.json("GET", base + "/api/v1/public/normdocs?q="
                    + URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(
                            WORDS.size())), StandardCharsets.UTF_8), null, null));
            case 3 -> timed("document page", 200, () -> browser.get(base + "/documents/"
                    + documentIds.get(random.nextInt(documentIds.size()))));
            default -> timed("document API", 200, () -> BenchHttp.json("GET", base + "/api/v1/public/normdocs/"
                    + documentIds.get(random.nextInt(documentIds.size())), null, null));
        }
    }

    private void comment(int user, Random random) throws Exception {
        if (random.nextInt(4) == 0) {
            timed("open consultations API", 200, () -> BenchHttp.json("GET", base + "/api/v1/public/consultations",
                    null, null));
            return;
        }
        long consultation = consultations.get(random.nextInt(consultations.size()));
        String body = "{\"name\":\"浸泡用户" + user + "\",\"contact\":\"1380000" + String.format("%04d", user)
                + "\",\"content\":\"浸泡测试意见 " + random.nextInt(1_000_000) + "：建议进一步明确适用范围。\"}";
        HttpResponse<String> r = timed("post comment", 201, () -> BenchHttp.json("POST", base
                + "/api/v1/public/consultations/" + consultation + "/comments", null, body));
        if (r != null && r.statusCode() == 201) {
            String receipt = JSON.readTree(r.body()).path("receiptNo").asString();
            receipts.add(receipt);
            if (random.nextBoolean()) {
                timed("look up receipt", 200, () -> BenchHttp.json("GET", base + "/api/v1/public/comments/"
                        + URLEncoder.encode(receipt, StandardCharsets.UTF_8), null, null));
            }
        }
    }

    /** One step of a drafter's work on their document; answers the document. */
    private long work(long document, int step, Random random) throws Exception {
        String api = base + "/api/v1/normdocs";
        if (document < 0) {
            HttpResponse<String> r = timed("staff: create draft", 201, () -> BenchHttp.json("POST", api + "/documents",
                    staff, draft(issuingBodyId, Integer.toString(random.nextInt(1_000_000)))));
            if (r == null || r.statusCode() != 201) {
                return -1;
            }
            long id = JSON.readTree(r.body()).path("id").asLong();
            staffWrites.add(new String[] {api + "/documents/" + id, null});
            return id;
        }
        String doc = api + "/documents/" + document;
        switch (step) {
            case 1 -> timed("staff: read document", 200, () -> BenchHttp.json("GET", doc, staff, null));
            case 2 -> timed("staff: guide", 200, () -> BenchHttp.json("GET", doc + "/guide", staff, null));
            case 3 -> acknowledged(doc + "/versions", timed("staff: new version", 201, () -> BenchHttp.json("POST",
                    doc + "/versions", staff, "{\"title\":\"示范县浸泡测试管理办法（修改稿）" + random.nextInt(1000)
                            + "\",\"body\":\"第一条 为规范浸泡测试，制定本办法。\\n第二条 本办法自公布之日起施行。\\n第三条 本办法由县司法局"
                            + "负责解释。\"}")));
            case 4 -> timed("staff: versions", 200, () -> BenchHttp.json("GET", doc + "/versions", staff, null));
            case 5 -> {
                HttpResponse<String> e = timed("staff: earliest close", 200, () -> BenchHttp.json("GET",
                        api + "/consultations/earliest-close", staff, null));
                if (e != null && e.statusCode() == 200) {
                    String close = JSON.readTree(e.body()).path("earliestClose").asString();
                    acknowledged(doc + "/consultations", timed("staff: open consultation", 201, () -> BenchHttp.json(
                            "POST", doc + "/consultations", staff, "{\"closesOn\":\"" + LocalDate.parse(close).plusDays(3)
                                    + "\"}")));
                }
            }
            default -> acknowledged(doc + "/comments", timed("staff: comment by phone", 201, () -> BenchHttp.json(
                    "POST", doc + "/comments", staff,
                    "{\"name\":\"来电\",\"contact\":\"13900005678\",\"content\":\"建议听取意见。\"}")));
        }
        return document;
    }

    /** A 201 answered to a staff write: its id must be in {@code list} afterwards. */
    private void acknowledged(String list, HttpResponse<String> r) throws Exception {
        if (r != null && r.statusCode() == 201) {
            staffWrites.add(new String[] {list, JSON.readTree(r.body()).path("id").asString()});
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private HttpResponse<String> timed(String type, int expected, Call call) {
        long t = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = call.send();
        } catch (Exception e) {
            error(type, e.toString());
            return null;
        }
        long took = System.nanoTime() - t;
        if (r.statusCode() != expected) {
            error(type, r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
        } else if (t >= warmEnd) {
            latencies.computeIfAbsent(type, k -> new ConcurrentLinkedQueue<>()).add(took);
        }
        return r;
    }

    private void error(String type, String what) {
        long seen = errors.computeIfAbsent(type, k -> new AtomicLong()).incrementAndGet();
        // the first three of each request type, so that every kind of error is shown
        if (seen <= 3 && errorSamples.size() < 60) {
            errorSamples.add(type + ": " + what);
        }
    }
}
