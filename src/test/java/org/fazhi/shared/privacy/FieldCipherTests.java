package org.fazhi.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SM4-GCM field encryption and the HMAC-SM3 blind index (SECURITY.md DC-02): the RFC 8998 known
 * answer, round trips, no value twice the same, the column bound in, tampering and a wrong key
 * refused, key versions and rotation, keys generated owner-only outside the database.
 */
class FieldCipherTests {

    static final HexFormat HEX = HexFormat.of();
    static final byte[] K1 = HEX.parseHex("00112233445566778899aabbccddeeff");
    static final byte[] K2 = HEX.parseHex("ffeeddccbbaa99887766554433221100");
    static final byte[] INDEX = HEX.parseHex("0f0e0d0c0b0a09080706050403020100");

    static FieldCipher cipher(int active, Map<Integer, byte[]> versions) {
        return new FieldCipher(new FieldKeys(versions, active, INDEX));
    }

    @Test
    void sm4GcmGivesTheKnownAnswerOfRfc8998() {
        byte[] key = HEX.parseHex("0123456789abcdeffedcba9876543210");
        byte[] iv = HEX.parseHex("00001234567800000000abcd");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plain = HEX.parseHex("aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddddddd"
                + "eeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa");
        byte[] sealed = FieldCipher.gcm(true, key, iv, aad, plain, "kat");
        assertThat(HEX.formatHex(sealed)).isEqualTo("17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
                + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d"
                + "83de3541e4c2b58177e065a9bf7b62ec");
        assertThat(FieldCipher.gcm(false, key, iv, aad, sealed, "kat")).isEqualTo(plain);
    }

    @Test
    void aValueIsStoredEncryptedNeverTheSameTwiceAndReadBack() {
        FieldCipher c = cipher(1, Map.of(1, K1));
        String mobile = "13812345678";
        String a = c.encrypt("app_user.phone", mobile);
        String b = c.encrypt("app_user.phone", mobile);
        assertThat(a).startsWith("ENC1:1:").doesNotContain(mobile).isNotEqualTo(b);
        assertThat(c.decrypt("app_user.phone", a)).isEqualTo(mobile);
        assertThat(c.decrypt("app_user.phone", "张三 110101199003074514")).as("a value stored before the migration")
                .isEqualTo("张三 110101199003074514");
        assertThat(c.encrypt("x.y", null)).isNull();
        assertThat(c.decrypt("participation_comment.commenter_name", c.encrypt("participation_comment.commenter_name",
                "欧阳某某"))).isEqualTo("欧阳某某");
    }

    @Test
    void aValueMovedToAnotherColumnOrAlteredOrReadWithAnotherKeyDoesNotDecrypt() {
        FieldCipher c = cipher(1, Map.of(1, K1));
        String stored = c.encrypt("app_user.phone", "13812345678");
        assertThatThrownBy(() -> c.decrypt("participation_comment.contact", stored))
                .hasMessageContaining("does not decrypt");
        char last = stored.charAt(stored.length() - 2);
        String altered = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A')
                + stored.charAt(stored.length() - 1);
        assertThatThrownBy(() -> c.decrypt("app_user.phone", altered)).hasMessageContaining("does not decrypt");
        FieldCipher otherKey = cipher(1, Map.of(1, K2));
        assertThatThrownBy(() -> otherKey.decrypt("app_user.phone", stored)).hasMessageContaining("does not decrypt");
        FieldCipher noVersion1 = cipher(2, Map.of(2, K2));
        assertThatThrownBy(() -> noVersion1.decrypt("app_user.phone", stored)).hasMessageContaining("version 1");
    }

    @Test
    void afterARotationOldValuesStillReadAndNewOnesUseTheNewVersion() {
        FieldCipher before = cipher(1, Map.of(1, K1));
        String old = before.encrypt("app_user.phone", "13912345678");
        FieldCipher after = cipher(2, Map.of(1, K1, 2, K2));
        assertThat(after.current(old)).isFalse();
        assertThat(after.decrypt("app_user.phone", old)).isEqualTo("13912345678");
        String renewed = after.encrypt("app_user.phone", after.decrypt("app_user.phone", old));
        assertThat(FieldCipher.version(renewed)).isEqualTo(2);
        assertThat(after.current(renewed)).isTrue();
    }

    @Test
    void theBlindIndexIsStablePerColumnAndKeyedSoItNamesNoValue() {
        FieldCipher c = cipher(1, Map.of(1, K1));
        String d = c.digest("participation_comment.contact", "13812345678");
        assertThat(d).hasSize(64).isEqualTo(c.digest("participation_comment.contact", "13812345678"))
                .isNotEqualTo(c.digest("app_user.phone", "13812345678"))
                .isNotEqualTo(c.digest("participation_comment.contact", "13812345679"));
        FieldCipher otherIndex = new FieldCipher(new FieldKeys(Map.of(1, K1), 1, K2));
        assertThat(otherIndex.digest("participation_comment.contact", "13812345678")).isNotEqualTo(d);
    }

    @Test
    void keysAreGeneratedOwnerOnlyOnceAndReadFromTheFileOrTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/field-keys");
        FieldKeys generated = FieldKeys.load(null, file, new SecureRandom());
        assertThat(Files.readString(file)).contains("index=", "1=", "active=1");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        FieldKeys again = FieldKeys.load(null, file, new SecureRandom());
        assertThat(again.key(1)).isEqualTo(generated.key(1));
        FieldKeys env = FieldKeys.load("index=" + HEX.formatHex(INDEX) + ";1=" + HEX.formatHex(K1) + ";2="
                + HEX.formatHex(K2) + ";active=2", file, new SecureRandom());
        assertThat(env.active()).isEqualTo(2);
        assertThatThrownBy(() -> FieldKeys.parse("index=00;1=" + HEX.formatHex(K1), "test"))
                .hasMessageContaining("32 hex digits");
        assertThatThrownBy(() -> FieldKeys.parse("index=" + HEX.formatHex(INDEX) + ";1=" + HEX.formatHex(K1)
                + ";active=3", "test")).hasMessageContaining("active field key version 3");
    }
}
