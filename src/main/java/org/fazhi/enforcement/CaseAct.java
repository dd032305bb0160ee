package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/** An act of a case and the people who carried it out (certificate numbers as they stood that day). */
public record CaseAct(Long id, Long caseId, ActKind kind, LocalDate on, String place, String summary,
        List<ActOfficer> officers) {

    public CaseAct {
        officers = List.copyOf(officers);
    }

    /** One person at an act; auxiliary staff assist and are listed apart. */
    public record ActOfficer(Long officerId, String name, String certificateNo, boolean auxiliary) {
    }
}
