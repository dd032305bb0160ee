package org.fazhi.signin.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in by username (case-insensitive). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final CredentialStore users;
    private final SecuritySettings settings;
    private final Clock clock;

    AccountUserDetailsService(CredentialStore users, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > 64) {
            throw new UsernameNotFoundException("unknown");
        }
        return users.findByUsername(username.strip())
                .map(this::details)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    FazhiUserDetails details(SignInAccount a) {
        return new FazhiUserDetails(a, clock.instant(), LocalDate.now(clock), settings.password().maxAgeDays());
    }
}
