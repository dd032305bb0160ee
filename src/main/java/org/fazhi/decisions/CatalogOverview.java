package org.fazhi.decisions;

import java.util.List;
import java.util.Map;
import org.fazhi.shared.procedure.Guide;

/**
 * A catalog's page in one read: the catalog and its unit's name, its items (listed and removed) with
 * the sponsoring units' names, every amendment (one per version after the first), and the guide.
 */
public record CatalogOverview(DecisionCatalog catalog, String unit, List<CatalogItem> items,
        Map<Long, String> unitNames, List<CatalogAmendment> amendments, Guide<CatalogStatus> guide) {

    public CatalogOverview {
        items = List.copyOf(items);
        unitNames = Map.copyOf(unitNames);
        amendments = List.copyOf(amendments);
    }
}
