package org.fazhi.signin.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a console session honest (AUTH-05, AC-03). The idle limit: a session ends when no request
 * came for the configured minutes (checked here against the application's clock, whatever keeps the
 * session; the servlet session timeout is the same value and removes it from the store). The
 * absolute limit: a session ends after the configured hours however active it is. And the
 * account behind the session is read again on every request: a disabled, expired, removed or
 * handed-over account loses its session at once, and so does every other session of an account
 * whose password was changed or reset; changed roles, unit or a required password change apply to
 * the running session without signing in again.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "fazhi.signedInAt";
    static final String CREDENTIAL = "fazhi.credential";
    static final String LAST_SEEN = "fazhi.lastSeen";

    private final SecuritySettings settings;
    private final Clock clock;
    private final CredentialStore users;
    private final AccountUserDetailsService details;

    SessionLifetimeFilter(SecuritySettings settings, Clock clock, CredentialStore users, AccountUserDetailsService details) {
        this.settings = settings;
        this.clock = clock;
        this.users = users;
        this.details = details;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof FazhiUserDetails current) {
            Object at = session.getAttribute(SIGNED_IN_AT);
            Instant now = clock.instant();
            if (at == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (((Instant) at).plus(settings.session().absoluteTimeout()).isBefore(now)) {
                end(session, request, response);
                return;
            }
            if (session.getAttribute(LAST_SEEN) instanceof Instant seen
                    && seen.plus(settings.session().idleTimeout()).isBefore(now)) {
                end(session, request, response);
                return;
            }
            session.setAttribute(LAST_SEEN, now);
            Optional<SignInAccount> account = users.find(current.userId());
            Optional<FazhiUserDetails> fresh = account.map(details::details);
            if (fresh.isEmpty() || !fresh.get().isEnabled()) {
                end(session, request, response);
                return;
            }
            Object credential = session.getAttribute(CREDENTIAL);
            if (credential == null) {
                session.setAttribute(CREDENTIAL, credential(account.get()));
            } else if (!credential.equals(credential(account.get()))) {
                // the password was changed or reset elsewhere: every other session of the account ends
                end(session, request, response);
                return;
            }
            if (!sameGrants(current, fresh.get())) {
                refresh(session, auth, fresh.get());
            }
        }
        chain.doFilter(request, response);
    }

    /** What a session remembers of the password it was opened with (never the hash itself). */
    static String credential(SignInAccount account) {
        return Integer.toHexString(account.passwordHash().hashCode());
    }

    private static void end(HttpSession session, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        session.invalidate();
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    private static boolean sameGrants(FazhiUserDetails a, FazhiUserDetails b) {
        return Objects.equals(a.unitId(), b.unitId()) && a.passwordChangeRequired() == b.passwordChangeRequired()
                && Objects.equals(a.displayName(), b.displayName()) && authorities(a).equals(authorities(b));
    }

    private static Set<String> authorities(FazhiUserDetails u) {
        return u.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static void refresh(HttpSession session, Authentication auth, FazhiUserDetails fresh) {
        fresh.eraseCredentials();
        var updated = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        updated.setDetails(auth.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
