package org.fazhi.signin.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.PublicEndpoints;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may reach what. Three chains: the JSON API (HTTP Basic or personal tokens, stateless, no
 * CSRF, problem bodies), actuator (health public, metrics for the system administrator), and the
 * console and portal (form sign-in, CSRF on). Portal pages and public API reads are those the
 * modules list as {@link PublicEndpoints}; everything else needs sign-in. Console sign-in is the
 * password and then, where {@code fazhi.security.second-factor} asks for it, a TOTP code
 * ({@link SecondFactorGate}). The API takes tokens ({@link ApiTokenFilter}, issued from a console
 * session), and HTTP Basic only for accounts that need no second factor (never service accounts).
 * Finer rules live on the service methods; every refusal of a signed-in user is audited
 * ({@link AccessRefusals}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfig {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * New passwords are hashed with PBKDF2-HMAC-SM3 ({@link Pbkdf2Sm3PasswordEncoder}, 密评); bcrypt
     * hashes stored before still match and are replaced at their next successful sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${fazhi.security.password.pbkdf2-iterations:100000}") int iterations) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(Pbkdf2Sm3PasswordEncoder.ID, new Pbkdf2Sm3PasswordEncoder(iterations, new SecureRandom()));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(Pbkdf2Sm3PasswordEncoder.ID, encoders);
    }

    /** Refused paths and service methods become events, which {@link AccessRefusals} audits (AUD-01). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
            LockingAuthenticationProvider provider, ApiTokens tokens, CredentialStore users,
            AccountUserDetailsService details, ProblemResponses problems, CredentialUses uses,
            AccessRefusals refusals, SecuritySettings settings, MessageSource messages) throws Exception {
        String[] gets = apiPatterns(publicEndpoints, true);
        String[] posts = apiPatterns(publicEndpoints, false);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> {
                    if (gets.length > 0) {
                        a.requestMatchers(HttpMethod.GET, gets).permitAll();
                        a.requestMatchers(HttpMethod.HEAD, gets).permitAll();
                    }
                    if (posts.length > 0) {
                        a.requestMatchers(HttpMethod.POST, posts).permitAll();
                    }
                    a.anyRequest().authenticated();
                })
                .authenticationManager(only(provider.forApi()))
                .httpBasic(b -> b.realmName("fazhi")
                        .authenticationEntryPoint((req, res, e) -> {
                            if (e instanceof LockingAuthenticationProvider.ApiPasswordRefused refused) {
                                problems.write(res, 401, refused.code(), refused.messageKey());
                            } else {
                                problems.write(res, 401, "unauthorized", "problem.unauthorized");
                            }
                        }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "unauthorized",
                                "problem.unauthorized"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "forbidden",
                                "problem.forbidden")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, users, details, problems, uses, refusals), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AdminAddressFilter(settings, problems, refusals, messages), PasswordChangeGate.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(hsts -> hsts(hsts, settings)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, LockingAuthenticationProvider provider,
            ProblemResponses problems, SecuritySettings settings, AccessRefusals refusals, MessageSource messages)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.SYSTEM_ADMIN.name()))
                .authenticationManager(only(provider.forApi()))
                .httpBasic(b -> b.realmName("fazhi"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .addFilterAfter(new AdminAddressFilter(settings, problems, refusals, messages),
                        AnonymousAuthenticationFilter.class)
                .headers(h -> h.httpStrictTransportSecurity(hsts -> hsts(hsts, settings)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
            LockingAuthenticationProvider provider, ProblemResponses problems, SecuritySettings settings,
            AuditLog audit, Clock clock, CredentialStore users, AccountUserDetailsService details,
            SecondFactors secondFactors, AccessRefusals refusals, MessageSource messages, KnownPages pages,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
        String[] gets = webPatterns(publicEndpoints, true);
        String[] posts = webPatterns(publicEndpoints, false);
        var toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/console");
        success.setAlwaysUseDefaultTargetUrl(false);
        http.authorizeHttpRequests(a -> {
            a.requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                    "/favicon.ico", "/problems/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                    "/swagger-ui.html").permitAll();
            if (gets.length > 0) {
                a.requestMatchers(HttpMethod.GET, gets).permitAll();
                a.requestMatchers(HttpMethod.HEAD, gets).permitAll();
            }
            if (posts.length > 0) {
                a.requestMatchers(HttpMethod.POST, posts).permitAll();
            }
            a.anyRequest().authenticated();
        })
                .authenticationManager(only(provider))
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .successHandler((req, res, auth) -> {
                            req.getSession().setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, clock.instant());
                            if (auth.getPrincipal() instanceof FazhiUserDetails signedIn) {
                                users.find(signedIn.userId()).ifPresent(a -> req.getSession().setAttribute(
                                        SessionLifetimeFilter.CREDENTIAL, SessionLifetimeFilter.credential(a)));
                            }
                            // a new password sign-in owes a new code, even in a session that had one
                            req.getSession().removeAttribute(SecondFactorGate.VERIFIED);
                            if (auth.getPrincipal() instanceof FazhiUserDetails user && secondFactors.required(user)) {
                                // the saved request stays in the session for after the code
                                res.sendRedirect(req.getContextPath() + SecondFactorGate.CODE_PAGE);
                                return;
                            }
                            success.onAuthenticationSuccess(req, res, auth);
                        })
                        .failureHandler((req, res, ex) -> {
                            // the page shows the user name again, so only the password is typed anew
                            String name = req.getParameter("username");
                            req.getSession().setAttribute(SignInPages.LAST_USERNAME,
                                    name == null ? "" : name.strip().substring(0, Math.min(64, name.strip().length())));
                            res.sendRedirect(req.getContextPath() + "/login?error");
                        }))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((req, res, auth) -> {
                            if (auth != null) {
                                audit.action("sign-in", Actor.current().userId(), "sign-out", Map.of());
                            }
                        })
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.COOKIES,
                                ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()))
                .requestCache(c -> c.requestCache(savedPages(pages)))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                    if (isHtmx(req)) {
                        problems.write(res, 401, "unauthorized", "problem.unauthorized");
                    } else if (!pages.exists(req)) {
                        // a mistyped public address is a missing page, not a staff sign-in
                        res.sendError(404);
                    } else {
                        toLogin.commence(req, res, ex);
                    }
                }))
                .addFilterAfter(new SessionLifetimeFilter(settings, clock, users, details), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorGate(secondFactors, problems), SessionLifetimeFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), SecondFactorGate.class)
                .addFilterAfter(new AdminAddressFilter(settings, problems, refusals, messages), PasswordChangeGate.class)
                .csrf(c -> c.csrfTokenRepository(new SessionlessCsrfTokens(secureCookies)))
                .headers(h -> h
                        .httpStrictTransportSecurity(hsts -> hsts(hsts, settings))
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /**
     * The one sign-in path, with no parent manager: a provider bean would otherwise also sit in the
     * global parent manager, and every failed attempt would be counted (and audited, and throttled)
     * twice, locking an account after three failures instead of five.
     */
    private static AuthenticationManager only(AuthenticationProvider provider) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /**
     * HSTS of one year, subdomains included (AUTH-06): on HTTPS requests always, and on every request
     * when {@code fazhi.security.hsts-always} is set (the production profile, behind a proxy that ends
     * TLS, where the application itself sees plain HTTP).
     */
    private static void hsts(HeadersConfigurer<HttpSecurity>.HstsConfig hsts, SecuritySettings settings) {
        hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true);
        if (settings.hstsAlways()) {
            hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
        }
    }

    /**
     * Remembers the page a visitor wanted before signing in, only for a page that exists: a mistyped
     * address answers 404 and leaves no session behind.
     */
    private static org.springframework.security.web.savedrequest.HttpSessionRequestCache savedPages(KnownPages pages) {
        var cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !isHtmx(request)
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && !request.getRequestURI().endsWith("/favicon.ico") && pages.exists(request));
        return cache;
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    private static String[] apiPatterns(List<PublicEndpoints> all, boolean get) {
        return all.stream().flatMap(p -> (get ? p.getPatterns() : p.postPatterns()).stream())
                .filter(s -> s.startsWith("/api/")).distinct().toArray(String[]::new);
    }

    private static String[] webPatterns(List<PublicEndpoints> all, boolean get) {
        return all.stream().flatMap(p -> (get ? p.getPatterns() : p.postPatterns()).stream())
                .filter(s -> !s.startsWith("/api/")).distinct().toArray(String[]::new);
    }
}
