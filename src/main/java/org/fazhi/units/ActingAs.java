package org.fazhi.units;

import java.util.function.Supplier;
import org.fazhi.shared.NotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work on behalf of an existing account, with its roles and data scope, outside a request:
 * demo data and imports go through the same services, gates and audit as a signed-in user. The
 * previous security context is restored afterwards.
 */
@Component
public class ActingAs {

    private final UserDetailsService users;

    ActingAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T run(String username, Supplier<T> work) {
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (RuntimeException e) {
            throw new NotFoundException("user", username);
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        run(username, () -> {
            work.run();
            return null;
        });
    }
}
