package org.fazhi.signin.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A generated or expired password must be changed before anything else (AUTH-03): console pages
 * redirect to the change form, API calls answer 403 with a problem body (except the API call that
 * changes the password).
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/console/password";
    static final String CHANGE_API = "/api/v1/account/password";

    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiUserDetails user && user.passwordChangeRequired()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/") && !path.equals(CHANGE_API)) {
                problems.write(response, 403, "password-change-required", "problem.password-change-required");
                return;
            }
            if (path.startsWith("/console") && !path.equals(CHANGE_PAGE)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
