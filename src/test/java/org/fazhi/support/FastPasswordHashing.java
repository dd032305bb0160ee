package org.fazhi.support;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.fazhi.signin.internal.Pbkdf2Sm3PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoding (delegating, {@code {pbkdf2-sm3}} for new hashes) at the lowest
 * iteration count it accepts, 1,000 instead of 100,000: the same algorithm and stored format, a
 * hundredth of the work; bcrypt hashes (as stored before) at bcrypt's lowest work factor.
 * Every HTTP Basic request and every sign-in of a test checks a password, and at the production
 * factor that check was most of the time of the API and sign-in tests on two cores. Hashes of any
 * other form still match through the production encoder.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordHashing {

    static final int TEST_WORK_FACTOR = 4;

    @Bean
    @Primary
    PasswordEncoder fastPasswordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(Pbkdf2Sm3PasswordEncoder.ID,
                Map.of(Pbkdf2Sm3PasswordEncoder.ID, new Pbkdf2Sm3PasswordEncoder(
                        Pbkdf2Sm3PasswordEncoder.MIN_ITERATIONS, new java.security.SecureRandom()),
                        "bcrypt", new BCryptPasswordEncoder(TEST_WORK_FACTOR)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
