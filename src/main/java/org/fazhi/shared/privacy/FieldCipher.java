package org.fazhi.shared.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Field encryption of personal data at rest (SECURITY.md DC-02; GB/T 39786 8.4 e): SM4-GCM with a
 * 96-bit random nonce and a 128-bit tag, the column's name as associated data (a value copied into
 * another column does not decrypt), under a key kept outside the database ({@link FieldKeys}). A
 * stored value reads {@code ENC1:<key version>:<Base64 of nonce, cipher text and tag>}, so each row
 * records its key version and keys can be rotated. Where a field must be looked up, a blind index
 * ({@link #digest}: HMAC-SM3 under a key of its own, over the column name and the value) is stored
 * beside it and searched instead of the value.
 *
 * <p>A value without the prefix is read as it is: rows written before the encryption migration, which
 * encrypts them all, and nothing else. Decryption with a wrong key or of an altered value fails.
 */
@Component
public class FieldCipher {

    public static final String PREFIX = "ENC1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final FieldKeys keys;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    FieldCipher(@Value("${fazhi.crypto.field-keys:}") String configured,
            @Value("${fazhi.crypto.field-key-file:${fazhi.data-dir:data}/field-keys}") Path file) {
        this(FieldKeys.load(configured, file, new SecureRandom()));
    }

    public FieldCipher(FieldKeys keys) {
        this.keys = keys;
    }

    /** The value encrypted under the active key for {@code column} ("table.column"); null stays null. */
    public String encrypt(String column, String plain) {
        if (plain == null) {
            return null;
        }
        int version = keys.active();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(true, keys.key(version), nonce, column, plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return PREFIX + version + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    /** The plain value of a stored one; a value stored before encryption (no prefix) as it is. */
    public String decrypt(String column, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("An encrypted value of " + column + " is malformed");
        }
        int version = Integer.parseInt(stored.substring(PREFIX.length(), colon));
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("An encrypted value of " + column + " is too short");
        }
        byte[] nonce = Arrays.copyOfRange(all, 0, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(false, keys.key(version), nonce, column, sealed), StandardCharsets.UTF_8);
    }

    /** Whether a stored value is encrypted under the active key (else the rotation re-encrypts it). */
    public boolean current(String stored) {
        return stored == null || stored.startsWith(PREFIX + keys.active() + ":");
    }

    /** The key version a stored value is encrypted under; 0 for a value stored in clear. */
    public static int version(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return 0;
        }
        return Integer.parseInt(stored.substring(PREFIX.length(), stored.indexOf(':', PREFIX.length())));
    }

    /** The active key version. */
    public int activeVersion() {
        return keys.active();
    }

    /** The configured key versions. */
    public java.util.Set<Integer> versions() {
        return keys.versions().keySet();
    }

    /**
     * The blind index of a value for exact lookups (HMAC-SM3 under the index key over the column name and
     * the value, 64 hex digits): the same value of the same column always gives the same digest, which
     * says nothing about the value without the key.
     */
    public String digest(String column, String plain) {
        if (plain == null) {
            return null;
        }
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(keys.index()));
        byte[] c = column.getBytes(StandardCharsets.UTF_8);
        byte[] v = plain.getBytes(StandardCharsets.UTF_8);
        mac.update(c, 0, c.length);
        mac.update((byte) 0);
        mac.update(v, 0, v.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /**
     * A row mapper to a record or bean ({@link org.springframework.jdbc.core.DataClassRowMapper}) that
     * decrypts the named columns of {@code table} as it maps them.
     */
    public <T> org.springframework.jdbc.core.RowMapper<T> rows(Class<T> type, String table, String... columns) {
        return new DecryptingRowMapper<>(type, this, table, java.util.Set.of(columns));
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] nonce, String column, byte[] input) {
        return gcm(encrypt, key, nonce, column.getBytes(StandardCharsets.UTF_8), input, column);
    }

    /** SM4-GCM with a 128-bit tag (RFC 8998): the cipher text followed by the tag, or the plain text. */
    static byte[] gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] aad, byte[] input, String column) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int n = gcm.processBytes(input, 0, input.length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("An encrypted value of " + column
                    + " does not decrypt: altered, or encrypted under another key", e);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
