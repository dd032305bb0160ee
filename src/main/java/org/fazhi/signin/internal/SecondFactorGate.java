package org.fazhi.signin.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After the password, the second factor (AUTH-07): a console session whose account must give a
 * TOTP code is confined to the code page (or to enrolment, for an account without one) until a
 * valid code is given; only then does the session mark the account as verified. Fail-closed: the
 * mark names the account, so a session that lacks it, or carries another account's, is confined.
 * The forced password change (AUTH-03) comes after this gate, so the password is changed by a
 * fully signed-in user. The JSON API chain does not use this gate.
 */
class SecondFactorGate extends OncePerRequestFilter {

    static final String VERIFIED = "fazhi.secondFactorVerified";
    static final String CODE_PAGE = "/login/totp";
    static final String ENROL_PAGE = "/login/totp/enrol";
    private static final Set<String> OPEN = Set.of(CODE_PAGE, ENROL_PAGE, "/login", "/logout", "/error");

    private final SecondFactors secondFactors;
    private final ProblemResponses problems;

    SecondFactorGate(SecondFactors secondFactors, ProblemResponses problems) {
        this.secondFactors = secondFactors;
        this.problems = problems;
    }

    /** Whether this session still owes a code. */
    static boolean pending(HttpServletRequest request, FazhiUserDetails user, SecondFactors secondFactors) {
        if (!secondFactors.required(user)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session == null || !user.userId().equals(session.getAttribute(VERIFIED));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiUserDetails user
                && pending(request, user, secondFactors) && !OPEN.contains(path(request))) {
            if (request.getHeader("HX-Request") != null) {
                problems.write(response, 401, "second-factor-required", "problem.second-factor-required");
            } else {
                response.sendRedirect(request.getContextPath() + CODE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
