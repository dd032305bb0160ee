package org.fazhi.signin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords hashed with PBKDF2-HMAC-SM3 (SECURITY.md DC-02, 密评): known answers computed outside the
 * encoder — by OpenSSL 3 ({@code openssl kdf -keylen 32 -kdfopt digest:SM3 … PBKDF2}) and by the RFC 8018
 * loop written out below over HMAC-SM3 — the stated parameters (16-byte salt, 32-byte key, the
 * configured iteration count stored with the hash), and the upgrade of bcrypt and weaker hashes.
 */
class Pbkdf2Sm3PasswordEncoderTests {

    static final HexFormat HEX = HexFormat.of();

    /** RFC 8018 §5.2 written out: T1 = U1 ^ … ^ Uc, U1 = PRF(P, S || INT(1)), Uj = PRF(P, Uj-1). */
    static byte[] rfc8018(byte[] password, byte[] salt, int iterations) {
        HMac prf = new HMac(new SM3Digest());
        prf.init(new KeyParameter(password));
        byte[] u = new byte[32];
        prf.update(salt, 0, salt.length);
        prf.update(new byte[] {0, 0, 0, 1}, 0, 4);
        prf.doFinal(u, 0);
        byte[] t = u.clone();
        for (int j = 2; j <= iterations; j++) {
            prf.update(u, 0, u.length);
            prf.doFinal(u, 0);
            for (int k = 0; k < t.length; k++) {
                t[k] ^= u[k];
            }
        }
        return t;
    }

    @Test
    void pbkdf2HmacSm3MatchesTheKnownAnswersOfOpenSslAndOfTheRfc8018Loop() {
        byte[] one = Pbkdf2Sm3PasswordEncoder.derive("password", "salt".getBytes(StandardCharsets.UTF_8), 1, 32);
        assertThat(HEX.formatHex(one)).isEqualTo("4612f922a1fdcefaf4312fc6f8f3322b489cbf24f2ea361b44c2bd8fa2c6dcb0");
        byte[] salt = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] many = Pbkdf2Sm3PasswordEncoder.derive("密评Fazhi-2026", salt, 10_000, 32);
        assertThat(HEX.formatHex(many)).isEqualTo("cff3928894066fea8f0223f9d7aa996ef26b94a8036ea1426b3c92892bca0954");
        assertThat(many).isEqualTo(rfc8018("密评Fazhi-2026".getBytes(StandardCharsets.UTF_8), salt, 10_000));
    }

    @Test
    void aHashStoresItsIterationsA16ByteSaltAndA32ByteKeyAndMatchesOnlyItsPassword() {
        Pbkdf2Sm3PasswordEncoder encoder = new Pbkdf2Sm3PasswordEncoder(2_000, new SecureRandom());
        String hash = encoder.encode("Correct-Horse-9");
        String[] parts = hash.split("\\$");
        assertThat(parts[0]).isEqualTo("2000");
        assertThat(java.util.Base64.getDecoder().decode(parts[1])).hasSize(16);
        byte[] key = java.util.Base64.getDecoder().decode(parts[2]);
        assertThat(key).hasSize(32).isEqualTo(Pbkdf2Sm3PasswordEncoder.derive("Correct-Horse-9",
                java.util.Base64.getDecoder().decode(parts[1]), 2_000, 32));
        assertThat(encoder.matches("Correct-Horse-9", hash)).isTrue();
        assertThat(encoder.matches("Correct-Horse-8", hash)).isFalse();
        assertThat(encoder.encode("Correct-Horse-9")).as("a fresh salt each time").isNotEqualTo(hash);
        assertThat(encoder.matches("x", "not-a-hash")).isFalse();
        assertThat(encoder.matches("x", "1000$$")).isFalse();
        assertThatThrownBy(() -> new Pbkdf2Sm3PasswordEncoder(999, new SecureRandom()))
                .hasMessageContaining("pbkdf2-iterations");
    }

    @Test
    void aBcryptHashStillMatchesAndAskedToBeUpgradedAsIsAHashWithFewerIterations() {
        PasswordEncoder delegating = new DelegatingPasswordEncoder(Pbkdf2Sm3PasswordEncoder.ID, Map.of(
                Pbkdf2Sm3PasswordEncoder.ID, new Pbkdf2Sm3PasswordEncoder(3_000, new SecureRandom()),
                "bcrypt", new BCryptPasswordEncoder(4)));
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("Old-Password-1");
        assertThat(delegating.matches("Old-Password-1", bcrypt)).isTrue();
        assertThat(delegating.upgradeEncoding(bcrypt)).isTrue();
        String current = delegating.encode("Old-Password-1");
        assertThat(current).startsWith("{pbkdf2-sm3}3000$");
        assertThat(delegating.upgradeEncoding(current)).isFalse();
        String weaker = "{pbkdf2-sm3}" + new Pbkdf2Sm3PasswordEncoder(1_000, new SecureRandom()).encode("Old-Password-1");
        assertThat(delegating.matches("Old-Password-1", weaker)).isTrue();
        assertThat(delegating.upgradeEncoding(weaker)).isTrue();
    }
}
