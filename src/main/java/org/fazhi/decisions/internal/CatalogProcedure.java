package org.fazhi.decisions.internal;

import static org.fazhi.decisions.CatalogStatus.APPROVED;
import static org.fazhi.decisions.CatalogStatus.DRAFTING;
import static org.fazhi.decisions.CatalogStatus.PUBLISHED;
import static org.fazhi.decisions.internal.CatalogPolicies.CATALOG_HAS_ITEMS;
import static org.fazhi.decisions.internal.CatalogPolicies.ONLY_KEEPERS_COMPILE;
import static org.fazhi.decisions.internal.CatalogPolicies.ONLY_THE_CATALOG_UNIT;

import java.util.List;
import org.fazhi.decisions.CatalogStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a yearly decision catalog (MD-01): compiled, approved by the party committee at the
 * same level (recorded), published; once published it changes only by an amendment with its reason
 * and approval, each making a new version.
 *
 * <pre>
 * DRAFTING ──add-item / change-item / remove-item──▶ DRAFTING ──record-approval──▶ APPROVED ──publish──▶ PUBLISHED
 * PUBLISHED ──amend──▶ PUBLISHED (version + 1)
 * </pre>
 */
public final class CatalogProcedure {

    /** The steps, all taken by people. */
    public enum Step {
        ADD_ITEM,
        CHANGE_ITEM,
        REMOVE_ITEM,
        RECORD_APPROVAL,
        PUBLISH,
        AMEND
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<CatalogStatus, Step, CatalogFacts> PROCEDURE = Procedure
            .of(CatalogStatus.class, Step.class, CatalogFacts::status, CatalogProcedure::wrongState)
            .step(Step.ADD_ITEM).checkFirst(ONLY_KEEPERS_COMPILE).checkFirst(ONLY_THE_CATALOG_UNIT).from(DRAFTING)
                    .outside(CatalogProcedure::useAmendment).stays()
            .step(Step.CHANGE_ITEM).checkFirst(ONLY_KEEPERS_COMPILE).checkFirst(ONLY_THE_CATALOG_UNIT).from(DRAFTING)
                    .outside(CatalogProcedure::useAmendment).stays()
            .step(Step.REMOVE_ITEM).checkFirst(ONLY_KEEPERS_COMPILE).checkFirst(ONLY_THE_CATALOG_UNIT).from(DRAFTING)
                    .outside(CatalogProcedure::useAmendment).stays()
            .step(Step.RECORD_APPROVAL).checkFirst(ONLY_KEEPERS_COMPILE).checkFirst(ONLY_THE_CATALOG_UNIT)
                    .from(DRAFTING).gate(CATALOG_HAS_ITEMS).to(APPROVED)
            .step(Step.PUBLISH).checkFirst(ONLY_KEEPERS_COMPILE).checkFirst(ONLY_THE_CATALOG_UNIT).from(APPROVED)
                    .outside(s -> s == DRAFTING ? Refusal.of("not-approved", "decisions.refused.catalog-not-approved",
                            DecisionsRules.CATALOG) : wrongState(s, Step.PUBLISH))
                    .to(PUBLISHED)
            .step(Step.AMEND).checkFirst(ONLY_KEEPERS_COMPILE).checkFirst(ONLY_THE_CATALOG_UNIT).from(PUBLISHED)
                    .outside(s -> Refusal.of("not-published", "decisions.refused.amend-unpublished")).stays()
            .build();

    private CatalogProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal useAmendment(CatalogStatus s) {
        return s == PUBLISHED ? Refusal.of("catalog-published", "decisions.refused.catalog-published")
                : Refusal.of("catalog-approved", "decisions.refused.catalog-approved");
    }

    private static Refusal wrongState(CatalogStatus current, Step step) {
        return Refusal.of("wrong-status", "decisions.refused.catalog-wrong-status",
                new DefaultMessageSourceResolvable("decisions.catalog.status." + current.name()),
                new DefaultMessageSourceResolvable("decisions.catalog.step." + name(step)));
    }
}
