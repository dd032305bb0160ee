package org.fazhi.disputes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The agreement was fulfilled (人民调解委员会对调解协议的履行情况进行监督): when, and how. */
public record AgreementFulfilmentRequest(@NotNull LocalDate fulfilledOn, @Size(max = 1000) String note, Integer version) {
}
