package org.fazhi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.fazhi.search.SearchIndexFollowed;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * How long a browser may keep what it was sent. Versioned assets (webjars, {@code /css}, {@code /js}
 * with a content hash in the name) are kept for a year by the resource handlers (application.yml).
 * Pages seen by a signed-in user are never stored ({@code no-store}); a public page is stored but
 * revalidated at each visit by its ETag ({@code no-cache}), answered 304 when unchanged — a citizen
 * looking up a receipt again sees the disposition made meanwhile. The sign-in page and anything not
 * answered 200 are not stored. The server itself keeps a rendered public page for a
 * few seconds ({@link PublicPageCache}), and drops them all when its search index applied changes
 * made through another instance ({@link SearchIndexFollowed}).
 */
@Configuration(proxyBeanMethods = false)
class CachingConfig {

    private static final List<String> ASSETS = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.ico");
    private static final List<String> NEVER_STORED = List.of("/console", "/login", "/logout", "/error", "/account");

    /**
     * The filter order of the kept public pages: before Spring Security's chain (order -100), so that an
     * anonymous visitor's kept copy is answered without running the security filters again (their
     * headers were recorded with the copy and are sent with it). Only requests without a session or
     * credentials are answered there, so no access decision is skipped: the public side is open to all.
     */
    static final int PAGE_CACHE_ORDER = -110;

    /**
     * Cache-Control and ETag with 304 in one servlet filter after the security chain (Tomcat looks every
     * registered filter up under a lock on each request, so fewer filters is less waiting); the kept public
     * pages in one before it ({@link #PAGE_CACHE_ORDER}).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicCaching() {
        CacheControl cacheControl = new CacheControl();
        PublicEtags etags = new PublicEtags();
        OncePerRequestFilter both = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                cacheControl.doFilter(request, response, (rq, rs) -> etags.doFilter(rq, rs, chain));
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> r = new FilterRegistrationBean<>(both);
        r.setOrder(0);
        r.addUrlPatterns("/*");
        return r;
    }

    /** The few-second copy of anonymous public pages and data ({@link PublicPageCache}); off with a zero ttl. */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(Clock clock,
            @Value("${fazhi.web.public-page-cache.ttl:10s}") Duration ttl,
            @Value("${fazhi.web.public-page-cache.max-pages:2000}") int maxPages, ConfigurableApplicationContext context) {
        PublicPageCache pages = new PublicPageCache(clock, ttl, maxPages);
        context.addApplicationListener((ApplicationListener<PayloadApplicationEvent<?>>) e -> {
            if (e.getPayload() instanceof SearchIndexFollowed) {
                pages.clear();
            }
        });
        FilterRegistrationBean<PublicPageCache> r = new FilterRegistrationBean<>(pages);
        r.setOrder(PAGE_CACHE_ORDER);
        r.addUrlPatterns("/*");
        r.setEnabled(!ttl.isZero() && !ttl.isNegative());
        return r;
    }

    /** Whether the request is for a page of the public site (not an asset, not the console, not the API). */
    static boolean publicPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator")
                || ASSETS.stream().anyMatch(path::startsWith)
                || NEVER_STORED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "?"))) {
            return false;
        }
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && !ShellModel.signedIn();
    }

    /** Read-only public data anyone may ask for without an account: the same answer for every visitor. */
    private static final List<String> PUBLIC_DATA = List.of("/api/v1/public/", "/api/v1/calendar/", "/api/v1/rules");

    /**
     * Whether the request reads the public JSON API anonymously (catalogs, the calendar, the rules): kept
     * for a few seconds like a public page. Anything with an account, a token or a session is not.
     */
    static boolean publicData(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && PUBLIC_DATA.stream().anyMatch(path::startsWith)
                && !ShellModel.signedIn();
    }

    /** Sets the Cache-Control of pages before the body is written (Spring Security then leaves it alone). */
    static final class CacheControl extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (ASSETS.stream().noneMatch(path::startsWith)) {
                if (publicPage(request)) {
                    response.setHeader("Cache-Control", "no-cache");
                } else if (ShellModel.signedIn() || !path.startsWith("/api/")) {
                    response.setHeader("Cache-Control", "no-store");
                }
            }
            chain.doFilter(request, new NotStoredUnlessOk(response));
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    /** A response that turns into {@code no-store} when it is not a 200 (an error page, a redirect). */
    static final class NotStoredUnlessOk extends jakarta.servlet.http.HttpServletResponseWrapper {

        NotStoredUnlessOk(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            if (sc != 200 && sc != 304 && !isCommitted()) {
                setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            setHeader("Cache-Control", "no-store");
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            setHeader("Cache-Control", "no-store");
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            setHeader("Cache-Control", "no-store");
            super.sendRedirect(location);
        }
    }

    /** ETags (and 304 answers) for public pages only: signed-in pages are not stored, so need none. */
    static final class PublicEtags extends ShallowEtagHeaderFilter {

        PublicEtags() {
            // a weak ETag: the server still compresses the page (Tomcat leaves strong ETags uncompressed)
            setWriteWeakETag(true);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !publicPage(request);
        }
    }
}
