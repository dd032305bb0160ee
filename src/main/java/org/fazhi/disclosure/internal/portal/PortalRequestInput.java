package org.fazhi.disclosure.internal.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.fazhi.disclosure.DeliveryForm;
import org.fazhi.disclosure.RequesterType;

/** A request as the public files it on the portal (the unit asked, who asks, what information, the form of delivery if stated). */
record PortalRequestInput(@NotNull @Positive Long unitId, @NotNull RequesterType requesterType,
        @NotBlank @Size(max = 200) String requesterName, @Size(max = 40) String requesterIdNo,
        @NotBlank @Size(max = 100) String requesterContact, @Size(max = 300) String requesterAddress,
        @NotBlank @Size(max = 4000) String content, DeliveryForm deliveryForm) {
}
