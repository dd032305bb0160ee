package org.fazhi.signin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    static final SecuritySettings SETTINGS = new SecuritySettings(new SecuritySettings.Password(12, 8, 3, 90, 5),
            new SecuritySettings.Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(30)),
            new SecuritySettings.IpRateLimit(20),
            new SecuritySettings.Session(Duration.ofMinutes(30), Duration.ofHours(12)), 90, null, null, null, false);

    final PasswordPolicy policy = new PasswordPolicy(SETTINGS);

    @ParameterizedTest
    @CsvSource({
            "Short1!, password.rule.length",
            "alllowercaseletters, password.rule.classes",
            "ALLUPPER-AND-SYMBOLS, password.rule.classes",
            "Password@2016, password.rule.common",
            "Xy9#zhangsan-2026, password.rule.username"})
    void aPasswordBreakingARuleIsRefusedWithThatRule(String password, String rule) {
        assertThat(policy.violations(password, "zhangsan")).contains(rule);
    }

    @Test
    void aLongMixedPasswordIsAccepted() {
        assertThat(policy.violations("Qz8#Lantern-Ridge", "zhangsan")).isEmpty();
        assertThat(policy.violations("中文密码也完全可以用Ab1!", "zhangsan")).isEmpty();
    }

    @Test
    void moreThan128CharactersIsRefused() {
        assertThat(policy.violations("Ab1!".repeat(33), "x")).contains("password.rule.max-length");
    }

    @Test
    void generatedPasswordsAlwaysSatisfyThePolicy() {
        for (int i = 0; i < 500; i++) {
            String p = policy.generate();
            assertThat(policy.violations(p, "anyone")).as(p).isEmpty();
            assertThat(PasswordPolicy.classes(p)).isEqualTo(4);
        }
    }

    @Test
    void randomPasswordsOfOneOrTwoClassesAreAlwaysRefused() {
        Random random = new Random(42);
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", "!@#$%^&*-_=+"};
        for (int i = 0; i < 500; i++) {
            String a = alphabets[random.nextInt(4)];
            String b = alphabets[random.nextInt(4)];
            StringBuilder sb = new StringBuilder();
            int length = 12 + random.nextInt(40);
            for (int k = 0; k < length; k++) {
                String from = random.nextBoolean() ? a : b;
                sb.append(from.charAt(random.nextInt(from.length())));
            }
            assertThat(policy.violations(sb.toString(), "u")).as(sb.toString()).contains("password.rule.classes");
        }
    }
}
