package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the application answered as saved survives a crash (issue 8: kill -9 during 16 threads of
 * public comments lost 44–228 comments answered 201 with a receipt number, and once left the audit
 * chain broken). The packaged jar runs as a process of its own; 16 threads post comments to an open
 * consultation through the public API; the process is killed with SIGKILL while they post; it is
 * started again on the same data; every receipt handed out is then found, and the audit chain
 * verifies intact. On the embedded database (a fresh one), and on PostgreSQL when
 * FAZHI_TEST_PG_URL is set.
 */
@Tag("own-database")
class CrashDurabilityIT {

    private static final String DEMO_PASSWORD = "Demo-Passw0rd-2026";
    private static final int THREADS = 16;
    private static final Duration POSTING = Duration.ofSeconds(6);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private Path dataDir;

    @AfterEach
    void stopEverything() throws IOException {
        for (Process p : started) {
            p.destroyForcibly();
        }
        if (dataDir != null && Files.exists(dataDir)) {
            try (Stream<Path> walk = Files.walk(dataDir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyAcknowledgedCommentSurvivesKillNineOnTheEmbeddedDatabase() throws Exception {
        assumeThat(System.getProperty("fazhi.it.database", "h2")).isEqualTo("h2");
        dataDir = Path.of("target", "crash-h2-" + UUID.randomUUID()).toAbsolutePath();
        crashAndRecover(List.of());
    }

    @Test
    void everyAcknowledgedCommentSurvivesKillNineOnPostgreSql() throws Exception {
        assumeThat(System.getProperty("fazhi.it.database", "h2")).isEqualTo("postgresql");
        String url = System.getProperty("spring.datasource.url");
        assumeThat(url).isNotBlank();
        dataDir = Path.of("target", "crash-pg-" + UUID.randomUUID()).toAbsolutePath();
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + System.getProperty("spring.datasource.password"),
                // the chain of the shared test database was linked with the test key
                "--fazhi.audit.key=" + testAuditKey(),
                // and its personal data with the test profile's field keys
                "--fazhi.crypto.field-keys=" + testFieldKeys()));
        String owner = System.getProperty("spring.flyway.user");
        if (owner != null && !owner.isBlank()) {
            args.add("--spring.flyway.user=" + owner);
            args.add("--spring.flyway.password=" + System.getProperty("spring.flyway.password"));
        }
        crashAndRecover(args);
    }

    private void crashAndRecover(List<String> databaseArgs) throws Exception {
        int port = freePort();
        Process first = start(port, databaseArgs, "first");
        long consultation = openConsultation(port);
        ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.submit(() -> {
                go.await();
                int n = 0;
                while (running.get()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port,
                                "/api/v1/public/consultations/" + consultation + "/comments"))
                                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"contact\":\"t" + thread + "n" + n++
                                        + "@example.org\",\"content\":\"崩溃测试意见 " + thread + "-" + n + "\"}"))
                                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        if (r.statusCode() == 201) {
                            receipts.add(JsonPath.read(r.body(), "$.receiptNo"));
                        }
                    } catch (IOException e) {
                        if (!first.isAlive()) {
                            return null;
                        }
                    }
                }
                return null;
            });
        }
        go.countDown();
        Thread.sleep(POSTING.toMillis());
        first.destroyForcibly();                 // SIGKILL: no shutdown hook, no flush
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(receipts).as("comments acknowledged before the kill").hasSizeGreaterThan(THREADS);

        start(port, databaseArgs, "second");
        List<String> lost = new ArrayList<>();
        for (String receipt : receipts) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/public/comments/" + receipt))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                lost.add(receipt + " -> " + r.statusCode());
            }
        }
        assertThat(lost).as("of %d acknowledged comments", receipts.size()).isEmpty();

        HttpResponse<String> verify = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/audit/verify"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("auditor:" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(verify.body(), "$.intact")).as(verify.body()).isTrue();
        long entries = ((Number) JsonPath.read(auditorGet(port, "/api/v1/audit/events?entityType=public-comment&size=1"),
                "$.total")).longValue();
        assertThat(entries).as("an audit entry for every acknowledged comment").isGreaterThanOrEqualTo(receipts.size());
        System.out.printf("crash test (%s): %d comments acknowledged before kill -9, all found after the restart;"
                + " audit chain intact, %s entries checked%n", System.getProperty("fazhi.it.database", "h2"),
                receipts.size(), JsonPath.read(verify.body(), "$.checked").toString());
    }

    private Process start(int port, List<String> databaseArgs, String name) throws Exception {
        Path jar = jar();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-Duser.timezone=Asia/Shanghai",
                "-jar", jar.toString(), "--server.port=" + port,
                "--fazhi.security.second-factor.required-for=none",
                "--fazhi.participation.portal.comments-per-address=100000000",
                "--fazhi.participation.portal.lookups-per-address=100000000",
                "--logging.level.root=WARN"));
        command.addAll(databaseArgs);
        Files.createDirectories(dataDir);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("FAZHI_DATA_DIR", dataDir.toString());
        // the test profile's, for on PostgreSQL this process may be the first to start on the shared database
        env.put("FAZHI_ADMIN_PASSWORD", "Ts-Pr1me-Passw0rd!");
        env.put("FAZHI_DEMO_PASSWORD", DEMO_PASSWORD);
        Process p = pb.start();
        started.add(p);
        // minutes on a quiet machine are seconds; a machine shared with other builds needs more
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new AssertionError("the application stopped: " + Files.readString(dataDir.resolve("app-" + name
                        + ".log")));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        List<String> log = Files.readAllLines(dataDir.resolve("app-" + name + ".log"));
        throw new AssertionError("the application did not get ready within 6 minutes; the end of its log:\n"
                + String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size())));
    }

    private long openConsultation(int port) throws Exception {
        String list = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/public/consultations")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        List<Number> open = JsonPath.read(list, "$[?(@.acceptingComments == true)].consultationId");
        assertThat(open).as("a consultation open for comments").isNotEmpty();
        return open.get(0).longValue();
    }

    private String auditorGet(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("auditor:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("fazhi-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the packaged jar is missing: run mvn verify (package first)"));
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String testFieldKeys() throws IOException {
        String yml = Files.readString(Path.of("src/test/resources/application-test.yml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("field-keys: \"([^\"]+)\"").matcher(yml);
        assertThat(m.find()).as("the test profile's field keys").isTrue();
        return m.group(1);
    }

    private static String testAuditKey() throws IOException {
        String yml = Files.readString(Path.of("src/test/resources/application-test.yml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\skey: ([0-9a-f]{64})").matcher(yml);
        assertThat(m.find()).as("the test profile's audit key").isTrue();
        return m.group(1);
    }
}
