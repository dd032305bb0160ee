package org.fazhi.signin.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.fazhi.signin.ApiTokens;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer fzt_...} API calls as the token's owner, within the
 * token's scopes ({@link ApiScopes}): a call outside them answers 403 and is audited. A token's use
 * is stamped and audited at most once per period ({@link CredentialUses}).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final CredentialStore users;
    private final AccountUserDetailsService details;
    private final ProblemResponses problems;
    private final CredentialUses uses;
    private final AccessRefusals refusals;

    ApiTokenFilter(ApiTokens tokens, CredentialStore users, AccountUserDetailsService details, ProblemResponses problems,
            CredentialUses uses, AccessRefusals refusals) {
        this.tokens = tokens;
        this.users = users;
        this.details = details;
        this.problems = problems;
        this.uses = uses;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.TokenUse> use = tokens.find(header.substring(7).strip());
        Optional<FazhiUserDetails> user = use.flatMap(u -> users.find(u.ownerId())).map(details::details)
                .filter(u -> u.isEnabled() && u.isAccountNonLocked());
        if (user.isEmpty()) {
            problems.write(response, 401, "unauthorized", "problem.token.invalid");
            return;
        }
        var auth = new TokenAuthentication(user.get(), use.get().tokenId(), use.get().scopes());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String missing = ApiScopes.missing(use.get().scopes(), request.getMethod(), path);
            if (missing != null) {
                refusals.record(request, "token-scope", missing);
                problems.write(response, 403, "token-scope", ApiScopes.ACCOUNT.equals(missing)
                        ? "problem.token.account" : "problem.token.scope");
                return;
            }
            if (uses.firstInPeriod("token:" + use.get().tokenId())) {
                tokens.recordUse(use.get());
            }
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
