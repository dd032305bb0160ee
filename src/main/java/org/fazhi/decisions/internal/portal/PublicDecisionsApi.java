package org.fazhi.decisions.internal.portal;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public JSON of major decisions, without sign-in: catalogs, published decisions, hearings. */
@RestController
@RequestMapping(path = "/api/v1/public", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicDecisionsApi {

    private final PublicDecisions decisions;

    PublicDecisionsApi(PublicDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/decisions/catalogs")
    List<PublicDecisions.CatalogView> catalogs() {
        return decisions.catalogs();
    }

    @GetMapping("/decisions/catalogs/{id}")
    PublicDecisions.CatalogView catalog(@PathVariable long id) {
        return decisions.catalog(id);
    }

    @GetMapping("/decisions")
    List<PublicDecisions.DecisionSummary> list() {
        return decisions.decisions();
    }

    @GetMapping("/decisions/{id}")
    PublicDecisions.DecisionView decision(@PathVariable long id) {
        return decisions.decision(id);
    }

    @GetMapping("/hearings")
    List<PublicDecisions.HearingView> hearings() {
        return decisions.hearings();
    }

    @GetMapping("/hearings/{id}")
    PublicDecisions.HearingView hearing(@PathVariable long id) {
        return decisions.hearing(id);
    }
}
