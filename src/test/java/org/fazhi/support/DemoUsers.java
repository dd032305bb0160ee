package org.fazhi.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo accounts (see DemoCounty) and their test password. */
public final class DemoUsers {

    public static final String PASSWORD = "Demo-Passw0rd-2026";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Ts-Pr1me-Passw0rd!";

    private DemoUsers() {
    }

    /** HTTP Basic as a demo account, e.g. {@code as("donghu")}. */
    public static RequestPostProcessor as(String username) {
        return httpBasic(username, ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD);
    }
}
