package org.fazhi.signin.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.shared.web.InputGuard;
import org.fazhi.units.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The administrators' allow-list (SECURITY.md INT-04): with {@code
 * fazhi.security.admin-access.allowed-cidrs} set, a request of a system, security or audit
 * administrator from any other address is refused (403) and audited, on the console, the JSON API
 * and the actuator alike. The address is the client's as {@code ForwardedClient} establishes it
 * (a forwarded address only from a trusted proxy). Off by default.
 */
class AdminAddressFilter extends OncePerRequestFilter {

    private static final Set<String> ADMIN_AUTHORITIES = Role.administratorRoles().stream().map(Role::authority)
            .collect(Collectors.toSet());

    private final List<IpAddressMatcher> allowed;
    private final ProblemResponses problems;
    private final AccessRefusals refusals;
    private final MessageSource messages;

    AdminAddressFilter(SecuritySettings settings, ProblemResponses problems, AccessRefusals refusals,
            MessageSource messages) {
        this.allowed = settings.adminAccess().allowedCidrs().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
        this.problems = problems;
        this.refusals = refusals;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (allowed.isEmpty() || auth == null || auth.getAuthorities().stream()
                .noneMatch(a -> ADMIN_AUTHORITIES.contains(a.getAuthority()))) {
            chain.doFilter(request, response);
            return;
        }
        String ip = request.getRemoteAddr();
        if (ip != null && allowed.stream().anyMatch(m -> m.matches(ip))) {
            chain.doFilter(request, response);
            return;
        }
        refusals.record(request, "address", ip);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            problems.write(response, 403, "address-not-allowed", "problem.address-not-allowed");
        } else {
            request.setAttribute(InputGuard.DETAIL, messages.getMessage("problem.address-not-allowed", null,
                    LocaleContextHolder.getLocale()));
            response.sendError(403);
        }
    }
}
