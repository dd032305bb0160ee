package org.fazhi.signin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a token may reach (SECURITY.md AUTH-07): scopes {@code <area>:read} (GET and HEAD) and
 * {@code <area>:write} (everything, reading included) per API area, the first path segment after
 * {@code /api/v1/} ({@code normdocs}, {@code review}, {@code users}...), or {@code all:read} /
 * {@code all:write}. The areas are read from the application's own request mappings, so a new
 * module's API is an area without a list to keep. A token never reaches its account's own settings
 * ({@code /api/v1/account/**} beyond reading who it is): no token issues tokens or changes a password.
 */
@Component
public class ApiScopes {

    public static final String ALL = "all";
    static final String ACCOUNT = "account";
    private static final String PUBLIC = "public";
    private static final Pattern API_PATH = Pattern.compile("^/api/v1/([a-z][a-z0-9-]*)(/.*)?$");
    private static final Pattern SCOPE = Pattern.compile("([a-z][a-z0-9-]*):(read|write)");

    private final RequestMappingHandlerMapping mappings;
    private volatile Set<String> areas;

    ApiScopes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** The API areas a token may be scoped to. */
    public Set<String> areas() {
        Set<String> a = areas;
        if (a == null) {
            Set<String> found = new TreeSet<>();
            mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(p -> {
                Matcher m = API_PATH.matcher(p);
                if (m.matches() && !m.group(1).equals(ACCOUNT) && !m.group(1).equals(PUBLIC)) {
                    found.add(m.group(1));
                }
            }));
            a = Set.copyOf(found);
            areas = a;
        }
        return a;
    }

    /** Every scope a token may be given, the broad ones first. */
    public List<String> offered() {
        List<String> list = new ArrayList<>(List.of(ALL + ":read", ALL + ":write"));
        areas().forEach(a -> {
            list.add(a + ":read");
            list.add(a + ":write");
        });
        return list;
    }

    /** The requested scopes, checked; {@code defaults} when none are requested. */
    public Set<String> parse(Collection<String> requested, Set<String> defaults) {
        if (requested == null || requested.isEmpty()) {
            return defaults;
        }
        Set<String> scopes = new TreeSet<>();
        for (String s : requested) {
            String scope = s == null ? "" : s.strip();
            Matcher m = SCOPE.matcher(scope);
            if (!m.matches() || !(m.group(1).equals(ALL) || areas().contains(m.group(1)))) {
                throw InvalidInputException.field("scopes", "token.scope.unknown", scope);
            }
            scopes.add(scope);
        }
        return scopes;
    }

    /**
     * Whether {@code scopes} let a call of {@code method} to {@code path} through; null if it may,
     * otherwise the scope it lacks (or {@code account} for the account's own settings).
     */
    static String missing(Set<String> scopes, String method, String path) {
        Matcher m = API_PATH.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String area = m.group(1);
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (area.equals(ACCOUNT)) {
            return read && m.group(2) == null ? null : ACCOUNT;
        }
        if (area.equals(PUBLIC)) {
            return null;
        }
        if (scopes.contains(ALL + ":write") || scopes.contains(area + ":write")) {
            return null;
        }
        if (read && (scopes.contains(ALL + ":read") || scopes.contains(area + ":read"))) {
            return null;
        }
        return area + (read ? ":read" : ":write");
    }
}
