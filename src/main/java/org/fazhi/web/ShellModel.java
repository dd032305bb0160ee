package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.MenuEntry;
import org.fazhi.shared.PortalLink;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page, error pages included: the console menu the user's roles allow
 * and the one entry to highlight (the longest path the current page lies under), the portal links, and
 * the language switch that keeps the current page and its query (a search survives the switch).
 */
@Component
class ShellModel {

    private final ConsoleMenu menu;
    private final List<PortalLink> portalLinks;

    ShellModel(ConsoleMenu menu, List<PortalLink> portalLinks) {
        this.menu = menu;
        this.portalLinks = portalLinks.stream().sorted(Comparator.comparingInt(PortalLink::order)).toList();
    }

    /** The layout's attributes for a page at {@code path} (the path the reader asked for). */
    Map<String, Object> attributes(HttpServletRequest request, String path, String query) {
        Map<String, List<MenuEntry>> shellMenu = menu.forUser(SecurityContextHolder.getContext().getAuthentication());
        return Map.of("shellMenu", shellMenu, "shellPath", path, "shellActive", active(shellMenu, path),
                "portalLinks", portalLinks, "shellLanguageUrl", languageUrl(request, path, query));
    }

    /** Whether someone is signed in (not the anonymous visitor). */
    static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** The menu entry the page belongs to: the longest entry path equal to or above the page. */
    static String active(Map<String, List<MenuEntry>> shellMenu, String path) {
        String best = "";
        if (path == null) {
            return best;
        }
        for (List<MenuEntry> group : shellMenu.values()) {
            for (MenuEntry e : group) {
                String p = e.path();
                if ((path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/")) && p.length() > best.length()) {
                    best = p;
                }
            }
        }
        return best;
    }

    /** The same page and query in the other language. */
    static String languageUrl(HttpServletRequest request, String path, String query) {
        boolean english = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage().equals("en");
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getContextPath() + (path == null ? "/" : path));
        if (query != null && !query.isBlank()) {
            b.query(query);
        }
        return b.replaceQueryParam("lang", english ? "zh_CN" : "en").build().toUriString();
    }
}
