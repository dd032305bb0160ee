package org.fazhi.reconsideration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An application as staff enter it (by post, at the counter, orally recorded, or forwarded by the
 * penalising agency) and, through {@link PublicApplicationRequest}, as a citizen submits it on the
 * portal. {@code receivedOn}: the day the body received it (the acceptance review runs from it);
 * {@code agencyReceivedOn}: for an application through the penalising agency, the day that agency
 * received it (the application period is checked against it). {@code knowledgeDate}: when the
 * applicant knew or should have known of the act; {@code informedOfRight} false with
 * {@code rightKnownDate}: the applicant was not told of the right to apply (RC-10);
 * {@code specialPeriodDays} and {@code specialPeriodLaw}: a longer period a law gives (RC-01);
 * {@code obstacleFrom}/{@code obstacleTo}: days lost to force majeure or another justified reason,
 * which do not count (行政复议法第二十条第二款). {@code preconditionByOtherLaw}: a law or regulation,
 * named, requires reconsideration before suit (RC-03).
 */
public record ApplicationRequest(@NotNull @Positive Long bodyId, @NotNull Channel channel, @NotNull LocalDate receivedOn,
        LocalDate agencyReceivedOn, @NotNull ApplicantType applicantType, @NotBlank @Size(max = 200) String applicantName,
        @NotNull IdType idType, @NotBlank @Size(max = 40) String idNo, @NotBlank @Size(max = 40) String phone,
        @Size(max = 300) String address, @Size(max = 100) String agentName, @NotNull @Positive Long respondentUnitId,
        @NotNull ActType actType, @NotBlank @Size(max = 2000) String actDescription, LocalDate actDate,
        @NotNull LocalDate knowledgeDate, boolean onTheSpot, boolean warningOrCriticism,
        @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amount, boolean realProperty, Boolean informedOfRight,
        LocalDate rightKnownDate, @Min(61) @Max(36500) Integer specialPeriodDays, @Size(max = 300) String specialPeriodLaw,
        LocalDate obstacleFrom, LocalDate obstacleTo, @NotBlank @Size(max = 4000) String requests,
        @NotBlank @Size(max = 20000) String factsAndReasons, @Size(max = 300) String normdocTitle,
        @Size(max = 300) String preconditionByOtherLaw) {
}
