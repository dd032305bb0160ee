package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The collective deliberation (集体审议): which meeting, when, and what it decided. */
public record DeliberationRequest(
        @NotBlank @Size(max = 200) String meeting,
        @NotNull LocalDate date,
        @NotNull Decision decision,
        @Size(max = 4000) String notes) {

    /** What the meeting decided. */
    public enum Decision {
        /** 审议通过. */
        PASSED,
        /** 原则通过 (passed in principle). */
        PASSED_IN_PRINCIPLE,
        /** 不予通过 / 修改后再议. */
        NOT_PASSED;

        public boolean passed() {
            return this != NOT_PASSED;
        }
    }
}
