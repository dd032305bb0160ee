package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain's key lives outside the database (SECURITY.md AUD-03, DI-02): configured, or read
 * from the key file, or generated into it (owner-only) on a first start; never silently replaced
 * once entries are chained.
 */
class AuditKeyTests {

    @TempDir
    Path dir;

    @Test
    void aFirstStartGeneratesA256BitKeyIntoAnOwnerOnlyFileAndReadsTheSameKeyNextTime() throws IOException {
        Path file = dir.resolve("keys/audit-chain.key");
        byte[] first = AuditKey.load(null, file, true, new SecureRandom());
        assertThat(first).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(AuditKey.load("", file, false, new SecureRandom())).isEqualTo(first);
    }

    @Test
    void aMissingKeyWithEntriesAlreadyChainedStopsTheStartInsteadOfStartingAnUnverifiableChain() {
        Path file = dir.resolve("audit-chain.key");
        assertThatThrownBy(() -> AuditKey.load(null, file, false, new SecureRandom()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FAZHI_AUDIT_KEY");
        assertThat(file).doesNotExist();
    }

    @Test
    void theConfiguredKeyWinsInHexOrBase64AndMustHaveAtLeast128Bits() {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        Path file = dir.resolve("unused.key");
        assertThat(AuditKey.load(HexFormat.of().formatHex(key), file, false, new SecureRandom())).isEqualTo(key);
        assertThat(AuditKey.load(Base64.getEncoder().encodeToString(key), file, false, new SecureRandom()))
                .isEqualTo(key);
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> AuditKey.load("00112233", file, true, new SecureRandom()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("128 bits");
        assertThatThrownBy(() -> AuditKey.load("not a key!", file, true, new SecureRandom()))
                .isInstanceOf(IllegalStateException.class);
    }
}
