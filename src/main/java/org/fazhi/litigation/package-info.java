/**
 * Administrative litigation in which a unit is the defendant (行政应诉): each instance (first instance,
 * appeal, retrial) a case with its court, case number and 案由; the filing window checked for the
 * answer (LT-03 and the limits around it); the 15-day answer and evidence deadline (LT-02); hearings
 * with the court's summons counted back from the hearing (LT-04); the appearance of the responsible
 * person (负责人: the head, deputy heads and leaders in charge — never the head of an entrusted body;
 * LT-01/LT-04), the principal leader's appearance at least once a year where there are cases (SD-07)
 * and the appearance rate per unit; judgments and rulings, appeals, effect and fulfilment; and the
 * courts' judicial suggestions (司法建议) with their replies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative litigation")
package org.fazhi.litigation;
