package org.fazhi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.shared.web.RequestIds;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A short-lived copy of public pages as rendered for a visitor who is not signed in and has no session
 * (so the page carries nobody's token): the same address in the same language is answered from memory
 * for {@code ttl}, and at once afresh after anything was changed through this instance (any request
 * that is not a read). When a copy is due, one request renders the next while the others still get the
 * kept one, so the load never falls on the page all at once. Only complete 200 answers that created no session are kept. A public page is a
 * few seconds stale at most; browsers revalidate it at each visit ({@link CachingConfig}).
 * Nothing here is needed by another instance: each keeps its own copy.
 */
class PublicPageCache extends OncePerRequestFilter {

    /** One kept page; {@code refreshing}: a request is rendering its successor. */
    private record Page(long storedAt, String contentType, String contentLanguage, byte[] body, String etag,
            List<String[]> headers, java.util.concurrent.atomic.AtomicBoolean refreshing) {
    }

    /**
     * Headers a kept page does not carry over: the ones written for each answer afresh (length, date,
     * request id, the ETag computed here) and any cookie (a page that set one is never kept).
     */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
            "etag", "content-type", "content-language", "connection", "keep-alive", RequestIds.HEADER.toLowerCase(Locale.ROOT));

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long ttlMillis;
    private final int maxPages;

    PublicPageCache(Clock clock, Duration ttl, int maxPages) {
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
        this.maxPages = maxPages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            try {
                chain.doFilter(request, response);
            } finally {
                pages.clear();
            }
            return;
        }
        String key = cacheable(request) ? key(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.millis();
        Page page = pages.get(key);
        if (page != null && (now - page.storedAt() < ttlMillis || !page.refreshing().compareAndSet(false, true))) {
            // fresh, or another request is already rendering the next copy: this one gets the kept copy
            write(page, request, response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() == 200 && request.getSession(false) == null && keptType(capture.getContentType())
                && capture.getHeader("Set-Cookie") == null) {
            if (pages.size() >= maxPages) {
                pages.clear();
            }
            byte[] body = capture.getContentAsByteArray();
            pages.put(key, new Page(now, capture.getContentType(), contentLanguage(capture), body,
                    etag(body), replayed(capture), new java.util.concurrent.atomic.AtomicBoolean()));
        } else if (page != null) {
            pages.remove(key, page);
        }
        capture.copyBodyToResponse();
    }

    /** Weak comparison of an If-None-Match list with an ETag (W/ prefixes ignored, * matches all). */
    static boolean matches(String ifNoneMatch, String etag) {
        String tag = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Drops every kept page (a change was made). */
    void clear() {
        pages.clear();
    }

    /** The weak ETag of a kept page, computed once (the ETag filter then reuses it instead of hashing each answer). */
    private static String etag(byte[] body) {
        StringBuilder b = new StringBuilder("W/\"0");
        org.springframework.util.DigestUtils.appendMd5DigestAsHex(body, b);
        return b.append('"').toString();
    }

    /**
     * The language of a kept page: the container writes Content-Language from the response's locale only
     * when the answer is sent, so a page (always rendered in a language) gives it by its locale.
     */
    private static String contentLanguage(HttpServletResponse rendered) {
        String header = rendered.getHeader("Content-Language");
        if (header != null) {
            return header;
        }
        String type = rendered.getContentType();
        return type != null && type.startsWith("text/html") ? rendered.getLocale().toLanguageTag() : null;
    }

    /**
     * The headers the rendering answer carried (the security headers, Cache-Control, Vary …), to be sent
     * again with each kept copy: the copy is answered before the security filters run.
     */
    private static List<String[]> replayed(HttpServletResponse rendered) {
        List<String[]> headers = new ArrayList<>();
        for (String name : rendered.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : rendered.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        return List.copyOf(headers);
    }

    /** The kept copy, or 304 when the browser already holds it (its If-None-Match names the page's ETag). */
    private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> present = new java.util.HashSet<>();
        for (String name : response.getHeaderNames()) {
            present.add(name.toLowerCase(Locale.ROOT));
        }
        for (String[] header : page.headers()) {
            if (!present.contains(header[0].toLowerCase(Locale.ROOT))) {
                response.addHeader(header[0], header[1]);
            }
        }
        response.setHeader("ETag", page.etag());
        String held = request.getHeader("If-None-Match");
        if (held != null && matches(held, page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(200);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** Pages and JSON answers are kept; files and anything else are not. */
    private static boolean keptType(String contentType) {
        return contentType != null && (contentType.startsWith("text/html") || contentType.startsWith("application/json"));
    }

    /**
     * A public page or public JSON data read by someone without a session, an account or a language
     * switch in the address.
     */
    private static boolean cacheable(HttpServletRequest request) {
        return (CachingConfig.publicPage(request) || CachingConfig.publicData(request))
                && request.getSession(false) == null
                && request.getHeader("Authorization") == null && request.getParameter("lang") == null
                && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST;
    }

    private static String key(HttpServletRequest request) {
        String language = "";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (MessagesConfig.LANGUAGE_COOKIE.equals(c.getName())) {
                    language = c.getValue();
                }
            }
        }
        String query = request.getQueryString();
        return request.getMethod() + ' ' + request.getRequestURI() + (query == null ? "" : "?" + query) + '|' + language;
    }
}
