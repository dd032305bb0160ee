package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 补正通知: every item to supply, stated once (行政复议法第三十一条), and the day it was served. */
public record CorrectionNoticeRequest(@NotBlank @Size(max = 2000) String items, @NotNull LocalDate notifiedOn,
        Integer version) {
}
