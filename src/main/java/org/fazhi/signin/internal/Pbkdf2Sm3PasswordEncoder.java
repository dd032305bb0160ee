package org.fazhi.signin.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords as 密评 asks (SECURITY.md DC-02, decision taken: PBKDF2 with HMAC-SM3): PBKDF2 (RFC 8018)
 * with HMAC-SM3 as the pseudo-random function, a random {@value #SALT_BYTES}-byte salt per password and a
 * {@value #HASH_BYTES}-byte derived key; the iteration count is configured
 * ({@code fazhi.security.password.pbkdf2-iterations}) and stored with each hash, so a raised count
 * upgrades the older hashes at their next sign-in. Stored (after the delegating encoder's
 * {@code {pbkdf2-sm3}}): {@code <iterations>$<salt, Base64>$<derived key, Base64>}. The password is
 * taken as its UTF-8 bytes.
 */
public final class Pbkdf2Sm3PasswordEncoder implements PasswordEncoder {

    /** The id under which {@link org.springframework.security.crypto.password.DelegatingPasswordEncoder} files it. */
    public static final String ID = "pbkdf2-sm3";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** Below this no configuration is accepted (NIST SP 800-132 asks at least 1,000). */
    public static final int MIN_ITERATIONS = 1_000;

    private final int iterations;
    private final SecureRandom random;

    public Pbkdf2Sm3PasswordEncoder(int iterations, SecureRandom random) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("fazhi.security.password.pbkdf2-iterations must be at least "
                    + MIN_ITERATIONS + ", not " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    int iterations() {
        return iterations;
    }

    /** PBKDF2-HMAC-SM3 of the password's UTF-8 bytes. */
    static byte[] derive(CharSequence password, byte[] salt, int iterations, int bytes) {
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
        generator.init(password.toString().getBytes(StandardCharsets.UTF_8), salt, iterations);
        return ((KeyParameter) generator.generateDerivedParameters(bytes * 8)).getKey();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(rawPassword, salt, iterations, HASH_BYTES));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        Parsed p = parse(encodedPassword);
        if (p == null || rawPassword == null) {
            return false;
        }
        return MessageDigest.isEqual(p.hash(), derive(rawPassword, p.salt(), p.iterations(), p.hash().length));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        Parsed p = parse(encodedPassword);
        return p == null || p.iterations() < iterations;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        if (encoded == null) {
            return null;
        }
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            int n = Integer.parseInt(parts[0]);
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] hash = Base64.getDecoder().decode(parts[2]);
            return n < 1 || salt.length == 0 || hash.length == 0 ? null : new Parsed(n, salt, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
