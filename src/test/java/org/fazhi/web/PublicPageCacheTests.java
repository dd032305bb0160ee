package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/** The few-second copy of anonymous public pages. */
class PublicPageCacheTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final PublicPageCache cache = new PublicPageCache(clock, Duration.ofSeconds(10), 100);
    private final AtomicInteger renders = new AtomicInteger();

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    private String get(String uri, Cookie... cookies) throws Exception {
        return get(uri, "text/html;charset=UTF-8", null, cookies);
    }

    private String get(String uri, String contentType, String authorization, Cookie... cookies) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, (req, res) -> {
            int n = renders.incrementAndGet();
            res.setContentType(contentType);
            res.getOutputStream().write(("render " + n).getBytes(StandardCharsets.UTF_8));
        });
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPublicPageIsRenderedOnceForSeveralVisitorsUntilItsTimeIsUp() throws Exception {
        assertThat(get("/documents")).isEqualTo("render 1");
        assertThat(get("/documents")).isEqualTo("render 1");
        assertThat(get("/documents?q=x")).isEqualTo("render 2");
        now.set(now.get().plusSeconds(11));
        assertThat(get("/documents")).isEqualTo("render 3");
        assertThat(get("/documents")).isEqualTo("render 3");
    }

    @Test
    void aKeptCopyCarriesTheHeadersOfItsRenderingButNotItsRequestIdNorAnyCookie() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/documents");
            MockHttpServletResponse response = new MockHttpServletResponse();
            response.setHeader("X-Request-Id", "request-" + i);
            int visit = i;
            cache.doFilter(request, response, (req, res) -> {
                HttpServletResponse r = (HttpServletResponse) res;
                r.setHeader("X-Frame-Options", "DENY");
                r.setHeader("Content-Security-Policy", "default-src 'self'");
                r.addHeader("Vary", "Accept-Language");
                r.addHeader("Vary", "Cookie");
                r.setContentType("text/html;charset=UTF-8");
                r.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
                r.getOutputStream().write(("render " + visit).getBytes(StandardCharsets.UTF_8));
            });
            // the second visit is answered from the copy, before the security filters would run
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("render 0");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
            assertThat(response.getHeaders("Vary")).containsExactly("Accept-Language", "Cookie");
            assertThat(response.getHeaders("X-Request-Id")).containsExactly("request-" + i);
            assertThat(response.getHeader("Set-Cookie")).isNull();
            assertThat(response.getHeader("Content-Language")).isEqualTo("zh-CN");
        }
    }

    @Test
    void anonymousPublicDataIsKeptButNotWhatAnAccountReadsNorOtherApis() throws Exception {
        String json = "application/json";
        assertThat(get("/api/v1/calendar/deadline?from=2024-09-30&workingDays=5", json, null)).isEqualTo("render 1");
        assertThat(get("/api/v1/calendar/deadline?from=2024-09-30&workingDays=5", json, null)).isEqualTo("render 1");
        assertThat(get("/api/v1/rules/GI-01", json, null)).isEqualTo("render 2");
        assertThat(get("/api/v1/rules/GI-01", json, "Basic Zm9vOmJhcg==")).isEqualTo("render 3");
        assertThat(get("/api/v1/normdocs/documents", json, null)).isEqualTo("render 4");
        assertThat(get("/api/v1/normdocs/documents", json, null)).isEqualTo("render 5");
        assertThat(get("/api/v1/public/normdocs?q=x", "application/octet-stream", null)).isEqualTo("render 6");
        assertThat(get("/api/v1/public/normdocs?q=x", "application/octet-stream", null)).isEqualTo("render 7");
    }

    @Test
    void eachLanguageHasItsOwnCopyAndTheConsoleNone() throws Exception {
        assertThat(get("/rules")).isEqualTo("render 1");
        assertThat(get("/rules", new Cookie(MessagesConfig.LANGUAGE_COOKIE, "en"))).isEqualTo("render 2");
        assertThat(get("/rules", new Cookie(MessagesConfig.LANGUAGE_COOKIE, "en"))).isEqualTo("render 2");
        assertThat(get("/console/deadlines")).isEqualTo("render 3");
        assertThat(get("/console/deadlines")).isEqualTo("render 4");
    }

    @Test
    void anyChangeDropsEveryKeptPage() throws Exception {
        assertThat(get("/consultations")).isEqualTo("render 1");
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/consultations/1/comments");
        cache.doFilter(post, new MockHttpServletResponse(), (req, res) -> ((HttpServletResponse) res).setStatus(302));
        assertThat(get("/consultations")).isEqualTo("render 2");
    }

    @Test
    void aPageThatOpenedASessionIsNotKept() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/consultations/7");
        cache.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            ((jakarta.servlet.http.HttpServletRequest) req).getSession(true);
            res.setContentType("text/html");
            res.getOutputStream().write("with a token".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(get("/consultations/7")).isEqualTo("render 1");
    }

    @Test
    void aBrowserHoldingTheKeptCopyIsAnsweredNotModified() throws Exception {
        get("/rules");
        MockHttpServletRequest first = new MockHttpServletRequest("GET", "/rules");
        MockHttpServletResponse hit = new MockHttpServletResponse();
        cache.doFilter(first, hit, (req, res) -> {
            throw new AssertionError("served from the copy");
        });
        String etag = hit.getHeader("ETag");
        assertThat(etag).startsWith("W/\"0");
        MockHttpServletRequest again = new MockHttpServletRequest("GET", "/rules");
        again.addHeader("If-None-Match", etag);
        MockHttpServletResponse notModified = new MockHttpServletResponse();
        cache.doFilter(again, notModified, (req, res) -> {
            throw new AssertionError("served from the copy");
        });
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(PublicPageCache.matches("\"x\", " + etag.substring(2), etag)).isTrue();
        assertThat(PublicPageCache.matches("W/\"other\"", etag)).isFalse();
    }
}
