package org.fazhi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address behind a reverse proxy (SECURITY.md INT-04): {@code X-Forwarded-For} is
 * believed only when the request comes from one of {@code fazhi.security.trusted-proxies} (CIDRs;
 * none by default), and then the right-most address in it that is not itself a trusted proxy is
 * the client. From anyone else the header is ignored: a forged one changes nothing. Everything
 * after this filter (sign-in throttling, rate limits, the administrators' allow-list, audit entries)
 * sees that address as the request's remote address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class ForwardedClient extends OncePerRequestFilter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<IpAddressMatcher> proxies;

    ForwardedClient(@Value("${fazhi.security.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (proxies.isEmpty() || forwarded == null || !trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = null;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!literal(hop)) {
                break;
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        if (client == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = client;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return address;
            }

            @Override
            public String getRemoteHost() {
                return address;
            }
        }, response);
    }

    private boolean trusted(String address) {
        return literal(address) && proxies.stream().anyMatch(m -> m.matches(address));
    }

    /** An IP address written out (never a host name: nothing is looked up). */
    static boolean literal(String s) {
        return s != null && s.length() <= 45 && (IPV4.matcher(s).matches() || IPV6.matcher(s).matches());
    }
}
