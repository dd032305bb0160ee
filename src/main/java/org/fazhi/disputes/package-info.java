/**
 * Disputes (矛盾纠纷化解): people's mediation — the mediation organisations (village and community,
 * township, enterprise and industry committees) with their coverage of the villages of the unit tree,
 * mediators, and mediation cases from intake through screening and mediation to an agreement (with the
 * parties' 30-day window to apply for judicial confirmation, PM-01, on the calendar and the 督办台) or
 * failure; the staff each enforcement department assigns to administrative mediation (SD-18); public
 * legal services — service points, consultations answered, one legal adviser per village (SD-19) and
 * legal aid; petitions (信访) handled by the time limits of the 信访工作条例 (PT-01 … PT-03) and leaders'
 * reception days. Parties' and petitioners' personal data are masked on staff lists and never public.
 *
 * <p>Mediation cases and petitions are explicit procedures ({@code internal.MediationProcedure},
 * {@code internal.PetitionProcedure}) whose guides come from the same gates as the steps; every figure
 * reaches the assessment through {@code internal.DisputesMetrics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disputes")
package org.fazhi.disputes;
