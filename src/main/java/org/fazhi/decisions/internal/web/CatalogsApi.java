package org.fazhi.decisions.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import org.fazhi.decisions.AmendmentRequest;
import org.fazhi.decisions.ApprovalRequest;
import org.fazhi.decisions.CatalogAmendment;
import org.fazhi.decisions.CatalogItem;
import org.fazhi.decisions.CatalogItemRequest;
import org.fazhi.decisions.CatalogOverview;
import org.fazhi.decisions.CatalogRequest;
import org.fazhi.decisions.CatalogStatus;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.DecisionCatalogs;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly decision catalogs (MD-01): compiled item by item, the party committee's approval
 * recorded, published, amended with reason and approval (each a new version).
 */
@RestController
@RequestMapping("/api/v1/decisions/catalogs")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "decisions", description = "重大行政决策 (major administrative decisions)")
class CatalogsApi {

    private final DecisionCatalogs catalogs;

    CatalogsApi(DecisionCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    @GetMapping
    @Operation(summary = "The catalogs of the actor's units, newest year first")
    List<DecisionCatalog> list() {
        return catalogs.list();
    }

    @PostMapping
    @Operation(summary = "Start a unit's catalog for a year")
    @Allowed.Drafters
    ResponseEntity<DecisionCatalog> create(@Valid @RequestBody CatalogRequest r) {
        DecisionCatalog c = catalogs.create(r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/catalogs/" + c.id())).body(c);
    }

    @GetMapping("/startable-items")
    @Operation(summary = "Items on published catalogs the actor's units sponsor, with no decision started")
    List<CatalogItem> startable() {
        return catalogs.startable();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A catalog with its items, amendments (versions) and guide")
    CatalogOverview get(@PathVariable @Positive long id) {
        return catalogs.overview(id);
    }

    @GetMapping("/{id}/guide")
    @Operation(summary = "What the catalog's procedure allows now, and why not")
    Guide<CatalogStatus> guide(@PathVariable @Positive long id) {
        return catalogs.guide(id);
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Add an item while the catalog is compiled")
    @Allowed.Drafters
    ResponseEntity<CatalogItem> addItem(@PathVariable @Positive long id, @Valid @RequestBody CatalogItemRequest r) {
        CatalogItem item = catalogs.addItem(id, r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/catalogs/" + id)).body(item);
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Change an item while the catalog is compiled")
    @Allowed.Drafters
    CatalogItem changeItem(@PathVariable @Positive long id, @PathVariable @Positive long itemId,
            @Valid @RequestBody CatalogItemRequest r) {
        return catalogs.changeItem(id, itemId, r);
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @Operation(summary = "Remove an item while the catalog is compiled")
    @Allowed.Drafters
    ResponseEntity<Void> removeItem(@PathVariable @Positive long id, @PathVariable @Positive long itemId) {
        catalogs.removeItem(id, itemId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Record the party committee's approval (MD-01)")
    @Allowed.Drafters
    DecisionCatalog approve(@PathVariable @Positive long id, @Valid @RequestBody ApprovalRequest r) {
        return catalogs.recordApproval(id, r);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish an approved catalog")
    @Allowed.Drafters
    DecisionCatalog publish(@PathVariable @Positive long id) {
        return catalogs.publish(id);
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Amend a published catalog with the reason and the party committee's approval")
    @Allowed.Drafters
    ResponseEntity<CatalogAmendment> amend(@PathVariable @Positive long id, @Valid @RequestBody AmendmentRequest r) {
        CatalogAmendment a = catalogs.amend(id, r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/catalogs/" + id)).body(a);
    }
}
