package org.fazhi.decisions.internal;

import java.time.LocalDate;
import org.fazhi.decisions.CatalogStatus;
import org.fazhi.decisions.DecisionCatalog;

/**
 * What the gates of a catalog's procedure read: the catalog, whether the actor keeps it (works in its
 * unit's scope) and holds a role that compiles catalogs, how many items are listed, and today.
 */
public record CatalogFacts(DecisionCatalog catalog, boolean actorKeeps, boolean actorMayKeep, int listedItems,
        LocalDate today) {

    public CatalogStatus status() {
        return catalog.status();
    }
}
