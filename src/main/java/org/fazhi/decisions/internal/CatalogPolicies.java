package org.fazhi.decisions.internal;

import org.fazhi.shared.procedure.Gate;

/** The gates of a decision catalog's procedure, each written once. */
public final class CatalogPolicies {

    private CatalogPolicies() {
    }

    /** The catalog is compiled by the offices that carry decisions (经办人员) and the 法治办. */
    public static final Gate<CatalogFacts> ONLY_KEEPERS_COMPILE = Gate.require(CatalogFacts::actorMayKeep, "role",
            "decisions.refused.role");

    /** Only the catalog's unit (or a unit above it) compiles, approves, publishes and amends it. */
    public static final Gate<CatalogFacts> ONLY_THE_CATALOG_UNIT = Gate.require(CatalogFacts::actorKeeps,
            "not-catalog-unit", "decisions.refused.not-catalog-unit");

    /** The party committee approves a catalog with at least one item. */
    public static final Gate<CatalogFacts> CATALOG_HAS_ITEMS = Gate.require(f -> f.listedItems() > 0,
            "catalog-empty", "decisions.refused.catalog-empty");
}
