package org.fazhi.support;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoding (delegating, {@code {bcrypt}} for new hashes) at bcrypt's
 * lowest work factor, 4 instead of 10: the same algorithm and stored format, a 64th of the work.
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
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(TEST_WORK_FACTOR)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
