package org.fazhi.units.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session limit (AUTH-05): a console session ends after the configured hours however
 * active it is. (The idle limit is the servlet session timeout.)
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "fazhi.signedInAt";

    private final SecuritySettings settings;
    private final Clock clock;

    SessionLifetimeFilter(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof FazhiUserDetails) {
            Object at = session.getAttribute(SIGNED_IN_AT);
            Instant now = clock.instant();
            if (at == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (((Instant) at).plus(settings.session().absoluteTimeout()).isBefore(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
