package org.fazhi.signin.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The staff password rules (等保 8.1.4.1 a, SECURITY.md AUTH-02): at least the configured length,
 * at least three of the four character classes, not containing the username, not a common
 * password, at most 128 characters. Returns the message keys of every rule broken.
 */
@Component
public class PasswordPolicy {

    public static final int MAX_LENGTH = 128;
    private static final String SYMBOLS = "!@#$%^&*()-_=+[]{};:,.<>/?~";

    private final SecuritySettings settings;
    private final Set<String> common;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy(SecuritySettings settings) {
        this.settings = settings;
        this.common = load();
    }

    public List<String> violations(String password, String username) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < settings.password().staffMinLength()) {
            broken.add("password.rule.length");
        }
        if (password != null && password.length() > MAX_LENGTH) {
            broken.add("password.rule.max-length");
        }
        if (password != null && classes(password) < settings.password().minCharacterClasses()) {
            broken.add("password.rule.classes");
        }
        if (password != null && username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.rule.username");
        }
        if (password != null && common.contains(password.toLowerCase(Locale.ROOT))) {
            broken.add("password.rule.common");
        }
        return broken;
    }

    /** A random password that satisfies the policy, for first admins and resets. */
    public String generate() {
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String lower = "abcdefghijkmnopqrstuvwxyz";
        String digits = "23456789";
        String all = upper + lower + digits + "!@#%*-_=+";
        int length = Math.max(16, settings.password().staffMinLength());
        while (true) {
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(all.charAt(random.nextInt(all.length())));
            }
            String candidate = sb.toString();
            if (classes(candidate) >= 4 && violations(candidate, null).isEmpty()) {
                return candidate;
            }
        }
    }

    static int classes(String p) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : p.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (SYMBOLS.indexOf(c) >= 0 || !Character.isLetterOrDigit(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
