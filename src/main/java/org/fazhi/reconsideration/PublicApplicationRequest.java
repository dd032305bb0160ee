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
 * An application submitted on the public portal (互联网渠道): received today, with the applicant's
 * identity and contact; the fields mean what they mean in {@link ApplicationRequest}.
 */
public record PublicApplicationRequest(@NotNull @Positive Long bodyId, @NotNull ApplicantType applicantType,
        @NotBlank @Size(max = 200) String applicantName, @NotNull IdType idType, @NotBlank @Size(max = 40) String idNo,
        @NotBlank @Size(max = 40) String phone, @Size(max = 300) String address, @Size(max = 100) String agentName,
        @NotNull @Positive Long respondentUnitId, @NotNull ActType actType,
        @NotBlank @Size(max = 2000) String actDescription, LocalDate actDate, @NotNull LocalDate knowledgeDate,
        boolean onTheSpot, boolean warningOrCriticism, @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amount,
        boolean realProperty, Boolean informedOfRight, LocalDate rightKnownDate,
        @Min(61) @Max(36500) Integer specialPeriodDays, @Size(max = 300) String specialPeriodLaw,
        LocalDate obstacleFrom, LocalDate obstacleTo, @NotBlank @Size(max = 4000) String requests,
        @NotBlank @Size(max = 20000) String factsAndReasons, @Size(max = 300) String normdocTitle) {

    /** As staff would have entered it, received on {@code today} through the portal. */
    public ApplicationRequest received(java.time.LocalDate today) {
        return new ApplicationRequest(bodyId, Channel.PORTAL, today, null, applicantType, applicantName, idType, idNo,
                phone, address, agentName, respondentUnitId, actType, actDescription, actDate, knowledgeDate, onTheSpot,
                warningOrCriticism, amount, realProperty, informedOfRight, rightKnownDate, specialPeriodDays,
                specialPeriodLaw, obstacleFrom, obstacleTo, requests, factsAndReasons, normdocTitle, null);
    }
}
