package org.fazhi.normdocs.internal.portal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fazhi.normdocs.PublicCatalog;
import org.fazhi.normdocs.PublicDocument;
import org.fazhi.normdocs.Validity;
import org.fazhi.search.SearchResult;
import org.fazhi.shared.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public JSON API of the catalog, without sign-in: search with highlighted matches, the issuing
 * bodies, and published documents. (Consultations are the participation module's.)
 */
@RestController
@RequestMapping(path = "/api/v1/public", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicNormdocsApi {

    private final PublicCatalog catalog;
    private final PortalQueries queries;

    PublicNormdocsApi(PublicCatalog catalog, PortalQueries queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    @GetMapping("/normdocs")
    PageResult<CatalogHit> search(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Min(1) Long issuingBodyId,
            @RequestParam(required = false) @Min(1900) @Max(2999) Integer year,
            @RequestParam(required = false) Validity validity,
            @RequestParam(defaultValue = "0") @Min(0) @Max(9999) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        SearchResult r = catalog.search(q, issuingBodyId, year, validity, page, size);
        return new PageResult<>(r.hits().stream().map(CatalogHit::of).toList(), r.page(), r.size(), r.total());
    }

    @GetMapping("/normdocs/issuing-bodies")
    List<PublicBody> issuingBodies() {
        return queries.bodies();
    }

    @GetMapping("/normdocs/{id}")
    PublicDocument document(@PathVariable long id) {
        return catalog.document(id);
    }
}
