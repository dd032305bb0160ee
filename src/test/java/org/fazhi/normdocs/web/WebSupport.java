package org.fazhi.normdocs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.calendar.KernelTestSupport;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Helpers of the normative-document and review web tests: console pages, JSON calls, unique names. */
public final class WebSupport {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private WebSupport() {
    }

    public static RequestPostProcessor console(UserDetailsService users, String username) {
        return KernelTestSupport.console(users, username);
    }

    /** A page that must render (200) with no unresolved message. */
    public static String page(MockMvcTester mvc, String uri, RequestPostProcessor who) {
        MvcTestResult r = mvc.get().uri(uri).with(who).exchange();
        String html = body(r);
        assertThat(r.getResponse().getStatus()).as(uri + "\n" + html).isEqualTo(200);
        assertThat(html).as(uri + " has unresolved texts").doesNotContain("??");
        return html;
    }

    public static MvcTestResult json(MockMvcTester mvc, String method, String uri, RequestPostProcessor who,
            String body) {
        var request = switch (method) {
            case "GET" -> mvc.get().uri(uri);
            case "POST" -> mvc.post().uri(uri);
            case "PUT" -> mvc.put().uri(uri);
            case "DELETE" -> mvc.delete().uri(uri);
            default -> throw new IllegalArgumentException(method);
        };
        request = request.with(who).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }

    public static String body(MvcTestResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    public static <T> T read(MvcTestResult r, String path) {
        return JsonPath.read(body(r), path);
    }

    public static long id(MvcTestResult r, String path) {
        return ((Number) read(r, path)).longValue();
    }

    /** A name no other test run uses (the database may be shared and kept). */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
                + COUNTER.incrementAndGet();
    }

    /** Upper-case letters only, unique enough for a registration-number code. */
    public static String uniqueLetters(int length) {
        String digits = Long.toString(Math.abs(System.nanoTime()) + COUNTER.incrementAndGet(), 26).toUpperCase();
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append(Character.isDigit(c) ? (char) ('A' + (c - '0')) : (char) (c + 10));
        }
        String s = sb.reverse().toString();
        return s.substring(0, Math.min(length, s.length()));
    }
}
