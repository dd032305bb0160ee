package org.fazhi.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The test stand-in for the first administrator's first sign-in: the password set from the
 * environment must be changed at the first sign-in (as in production), and most tests want an
 * administrator who has done that. With the test password still in place, the flag is cleared once
 * after start-up. {@code fazhi.test.admin-ready=false} leaves the account as the application made it.
 */
@Order(200)
class AdministratorReady implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final boolean enabled;

    AdministratorReady(JdbcClient jdbc, PasswordEncoder encoder,
            @Value("${fazhi.test.admin-ready:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        jdbc.sql("select password_hash from app_user where username = ? and must_change_password = true")
                .param(DemoUsers.ADMIN).query(String.class).optional()
                .filter(hash -> encoder.matches(DemoUsers.ADMIN_PASSWORD, hash))
                .ifPresent(hash -> jdbc.sql("update app_user set must_change_password = false where username = ?")
                        .param(DemoUsers.ADMIN).update());
    }
}
