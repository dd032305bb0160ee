package org.fazhi.decisions;

import java.util.List;

/**
 * An item of a decision catalog: its number, the matter, the sponsoring unit (承办单位), the planned
 * quarter, the criteria that put it on the catalog, whether it is still listed, and in which version of
 * the catalog it was added (and removed).
 */
public record CatalogItem(Long id, Long catalogId, int itemNo, String title, Long sponsorUnitId, int plannedQuarter,
        List<DecisionCriterion> criteria, String criteriaNote, boolean listed, int addedInVersion,
        Integer removedInVersion) {

    public CatalogItem {
        criteria = List.copyOf(criteria);
    }
}
