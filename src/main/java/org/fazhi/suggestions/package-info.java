/**
 * NPC deputies' suggestions (人大代表建议) and CPPCC members' proposals (政协提案): registered by the
 * coordinating unit (政府办 / 法治办), 交办 to a lead unit (主办) with co-units (会办) whose opinions go to the
 * lead unit, answered within the limits of NP-01 (three months; six for wide-ranging or difficult ones) and
 * NP-02 (three months; at most six with prior explanation) on the official calendar, with the answer's
 * category (A/B/C) and document, the proposer's satisfaction from the feedback form (SD-06), re-handling
 * with a new clock on dissatisfaction (重新办理), and the public answer on the portal (公开答复).
 */
@org.springframework.modulith.ApplicationModule(displayName = "NPC suggestions and CPPCC proposals")
package org.fazhi.suggestions;
