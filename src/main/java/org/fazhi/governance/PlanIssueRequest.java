package org.fazhi.governance;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Issuing a plan (印发): the day it was issued; its tasks are assigned and tracked from that day. */
public record PlanIssueRequest(@NotNull LocalDate issuedOn) {
}
