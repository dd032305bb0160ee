package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.fazhi.FazhiApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar fazhi.jar --audit-verify}: the whole application starts on the configured
 * database without a web server and without its start-up runners, verifies the chain, and exits
 * 0 when intact and 2 when broken. Runs on an in-memory database of its own, so the PostgreSQL pass
 * does not repeat it (tag {@code own-database}).
 */
@Tag("own-database")
class AuditVerifyCommandIT {

    private final String url = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    /** The key and the anchors live beside the database: a fresh database gets a fresh data folder. */
    private final String dataDir = "target/cli-verify-data-" + UUID.randomUUID();

    private record Run(int status, String output) {
    }

    private Run run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = AuditVerifyCommand.run(FazhiApplication.class, new String[] {AuditVerifyCommand.OPTION,
            "--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
            // its own database, whoever else the build says migrates the shared one
            "--spring.flyway.user=sa", "--spring.flyway.password=",
            "--fazhi.data-dir=" + dataDir, "--logging.level.root=INFO", "--server.port=8080"}, out);
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsZeroForAnIntactChainAndTwoNamingTheEntryForABrokenOne() throws SQLException, IOException {
        Run first = run();
        assertThat(first.status()).as(first.output()).isEqualTo(AuditVerifyCommand.INTACT);
        assertThat(first.output()).contains("审计日志链完整", "{\"intact\":true,\"checked\":0,\"firstBrokenSeq\":null");

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            // The first run recorded its verification as entry 1.
            assertThat(c.createStatement().executeUpdate(
                    "update audit_event set changes = '[]' where seq = 1 and action = 'verify'")).isOne();
            var units = c.createStatement().executeQuery("select count(*) from unit");
            units.next();
            assertThat(units.getLong(1)).as("start-up runners (demo data, first administrator) did not run").isZero();
        }
        Path key = Path.of(dataDir, "audit-chain.key");
        assertThat(key).as("the chain key was generated outside the database").exists();
        assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(key)).doesNotContain("audit_event");
        Run broken = run();
        assertThat(broken.status()).isEqualTo(AuditVerifyCommand.BROKEN);
        assertThat(broken.output()).contains("审计日志链已被破坏", "\"intact\":false", "\"firstBrokenSeq\":1",
                "\"reason\":\"hash\"");
    }

    @Test
    void theWebServerStaysOffAndTheCallersPortIsIgnored() {
        assertThat(AuditVerifyCommand.arguments(new String[] {"--audit-verify", "--server.port=8080", "--x=1"}))
                .containsExactly("--x=1", "--server.port=-1", "--logging.level.root=WARN");
        assertThat(AuditVerifyCommand.requested(new String[] {"--audit-verify"})).isTrue();
        assertThat(AuditVerifyCommand.requested(new String[] {"--audit-verifyx"})).isFalse();
    }
}
