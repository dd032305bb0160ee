package org.fazhi.normdocs.internal.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.fazhi.normdocs.PublicCatalog;
import org.fazhi.normdocs.PublicDocument;
import org.fazhi.normdocs.Validity;
import org.fazhi.search.SearchQuery;
import org.fazhi.search.SearchResult;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 规范性文件目录 on the portal, without sign-in: full-text search with highlighted matches, filters
 * by issuing body, year and validity, and each published document in full. Anything not published
 * is the 404 page.
 */
@Controller
class CatalogPages {

    static final int PAGE_SIZE = 20;

    private final PublicCatalog catalog;
    private final PortalQueries queries;
    private final MessageSource messages;

    CatalogPages(PublicCatalog catalog, PortalQueries queries, MessageSource messages) {
        this.catalog = catalog;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long body,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Validity validity,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text.length() > SearchQuery.MAX_TEXT ? text.substring(0, SearchQuery.MAX_TEXT) : text);
        model.addAttribute("body", body);
        model.addAttribute("year", year);
        model.addAttribute("validity", validity);
        model.addAttribute("bodies", queries.bodies().stream().filter(b -> b.publishedDocuments() > 0).toList());
        model.addAttribute("years", queries.years());
        model.addAttribute("validities", Arrays.asList(Validity.values()));
        try {
            SearchResult r = catalog.search(text, body, year, validity, page, PAGE_SIZE);
            List<CatalogHit> hits = r.hits().stream().map(CatalogHit::of).toList();
            model.addAttribute("results", new PageResult<>(hits, r.page(), r.size(), r.total()));
            model.addAttribute("tookMillis", String.format(java.util.Locale.ROOT, "%.1f", r.tookMicros() / 1000.0));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("results", new PageResult<CatalogHit>(List.of(), 0, PAGE_SIZE, 0));
            model.addAttribute("error", e.fieldProblems().isEmpty() ? text(e.messageKey(), e.args())
                    : text(e.fieldProblems().get(0).messageKey(), e.fieldProblems().get(0).args()));
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/documents");
        if (!text.isEmpty()) {
            base.queryParam("q", text);
        }
        if (body != null) {
            base.queryParam("body", body);
        }
        if (year != null) {
            base.queryParam("year", year);
        }
        if (validity != null) {
            base.queryParam("validity", validity.name());
        }
        String url = base.encode().build().toUriString();
        model.addAttribute("pageBase", url + (url.contains("?") ? "&" : "?"));
        model.addAttribute("filtered", !text.isEmpty() || body != null || year != null || validity != null);
        return "normdocs/portal/catalog";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model) {
        PublicDocument d = catalog.document(id);
        model.addAttribute("doc", d);
        model.addAttribute("badge", Badges.of(d.validity()));
        model.addAttribute("paragraphs", paragraphs(d.body()));
        return "normdocs/portal/document";
    }

    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
