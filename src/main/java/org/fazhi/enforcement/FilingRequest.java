package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Files a major act: the day, the body it is filed with, the filing number and a note. */
public record FilingRequest(LocalDate on, @NotBlank @Size(max = 100) String filedWith, @Size(max = 60) String filingNo,
        @Size(max = 1000) String note) {
}
